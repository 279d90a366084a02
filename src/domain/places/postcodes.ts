/**
 * Distance between a placement and the child's home, from postcode districts (issue 5 part 1).
 * The centroids are approximate (rounded to about a kilometre, our own figures), enough to show
 * whether a placement is near home or far away; they are not an address gazetteer. A postcode
 * whose district is not in the table gives no distance rather than a wrong one.
 */

/** Approximate [latitude, longitude] of postcode district centroids. */
const centroids: Readonly<Record<string, readonly [number, number]>> = {
  // Leicester and Leicestershire
  LE1: [52.635, -1.131], LE2: [52.605, -1.115], LE3: [52.632, -1.18], LE4: [52.665, -1.125], LE5: [52.64, -1.08],
  LE6: [52.68, -1.23], LE7: [52.7, -1.06], LE8: [52.56, -1.12], LE9: [52.56, -1.25], LE10: [52.54, -1.37],
  LE11: [52.77, -1.2], LE12: [52.77, -1.15], LE13: [52.765, -0.885], LE14: [52.8, -0.95], LE15: [52.67, -0.72],
  LE16: [52.48, -0.92], LE17: [52.46, -1.2], LE18: [52.585, -1.11], LE19: [52.575, -1.2], LE65: [52.745, -1.47],
  LE67: [52.72, -1.37],
  // Neighbours
  NG1: [52.954, -1.149], NG7: [52.95, -1.18], NG10: [52.9, -1.27], NG18: [53.14, -1.2],
  DE1: [52.92, -1.477], DE11: [52.77, -1.55], DE22: [52.94, -1.5], CV1: [52.408, -1.51], CV11: [52.52, -1.46],
  CV21: [52.37, -1.26], B1: [52.48, -1.9], B37: [52.48, -1.72], NN1: [52.237, -0.894], NN16: [52.4, -0.73],
  PE1: [52.575, -0.24], PE9: [52.65, -0.48], MK9: [52.04, -0.76], LU1: [51.88, -0.42],
  // Further away
  S1: [53.38, -1.47], M1: [53.48, -2.235], L1: [53.405, -2.98], LS1: [53.797, -1.548], BS1: [51.455, -2.59],
  CF10: [51.475, -3.18], N1: [51.538, -0.1], E1: [51.517, -0.06], SW1: [51.497, -0.135], OX1: [51.75, -1.257],
  CB1: [52.2, 0.13], NR1: [52.628, 1.3], YO1: [53.96, -1.08], NE1: [54.97, -1.61], PL1: [50.37, -4.14],
}

/** The district of a UK postcode ("LE1 5AB" → "LE1"), or null when it is not postcode-shaped. */
export function districtOf(postcode: string | null | undefined): string | null {
  const compact = (postcode ?? '').toUpperCase().replace(/\s+/g, '')
  const m = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})?$/.exec(compact)
  if (!m) return null
  // Without the inward code, the whole string is the district; with it, what precedes it.
  return m[2] ? m[1]! : compact
}

const EARTH_RADIUS_MILES = 3958.8
const rad = (deg: number) => (deg * Math.PI) / 180

/** Great-circle (haversine) distance in miles between two points. */
export function haversineMiles(a: readonly [number, number], b: readonly [number, number]): number {
  const dLat = rad(b[0] - a[0])
  const dLon = rad(b[1] - a[1])
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a[0])) * Math.cos(rad(b[0])) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.sqrt(h))
}

/** Miles (one decimal place) between the districts of two postcodes; null when either is unknown. */
export function distanceMiles(from: string | null | undefined, to: string | null | undefined): number | null {
  const [a, b] = [districtOf(from), districtOf(to)]
  const [pa, pb] = [a ? centroids[a] : undefined, b ? centroids[b] : undefined]
  if (!pa || !pb) return null
  return Math.round(haversineMiles(pa, pb) * 10) / 10
}

/**
 * The demo council's own districts. The demo council is Leicester City, a unitary authority whose
 * area is broadly LE1–LE5; LE6 onwards are Leicestershire County (a different council), so a
 * placement there is "out of area" for 903 and sufficiency purposes even though it is close.
 * A real deployment would set this from configuration or a boundary dataset.
 */
export const councilDistricts: readonly string[] = ['LE1', 'LE2', 'LE3', 'LE4', 'LE5']

/** Out of the council's area: a known district not among its own; null when the postcode gives no district. */
export function isOutOfArea(postcode: string | null | undefined, own: readonly string[] = councilDistricts): boolean | null {
  const d = districtOf(postcode)
  return d ? !own.includes(d) : null
}

/** Over 20 miles from home: the distance the DfE's placement-distance measures use. */
export const FAR_PLACEMENT_MILES = 20
export const isOver20Miles = (miles: number | null) => miles !== null && miles > FAR_PLACEMENT_MILES
