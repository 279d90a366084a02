/**
 * Unique pupil number (UPN) check letter, from the DfE "Unique pupil numbers (UPNs)" guidance:
 * characters 2–13 are weighted 2..13, the sum is taken mod 23, and the remainder indexes the
 * 23-letter alphabet without I, O and S. A temporary UPN ends in a letter, valued by the same table.
 */
const letters = 'ABCDEFGHJKLMNPQRTUVWXYZ'

export const upnPattern = /^[A-Z]\d{11}[0-9A-Z]$/

export function upnCheckLetter(upn: string): string | null {
  const body = upn.toUpperCase().slice(1)
  if (!/^\d{11}[0-9A-Z]$/.test(body)) return null
  let sum = 0
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] as string
    const value = /\d/.test(ch) ? Number(ch) : letters.indexOf(ch)
    if (value < 0) return null
    sum += value * (i + 2)
  }
  return letters[sum % 23] ?? null
}

export function isValidUpn(upn: string): boolean {
  const normal = upn.toUpperCase()
  return upnPattern.test(normal) && upnCheckLetter(normal) === normal[0]
}

/** Makes a valid UPN from its 12 body characters: used by the synthetic generator and tests. */
export function withCheckLetter(body12: string): string {
  const letter = upnCheckLetter(`A${body12}`)
  if (!letter) throw new Error('A UPN body is 11 digits and a digit or letter')
  return `${letter}${body12}`
}
