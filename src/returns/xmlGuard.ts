/**
 * The guard every XML return import runs before parsing (CIN census, SSDA903): a file over the size
 * cap is refused, and so is any DOCTYPE or ENTITY declaration (entity expansion and external
 * entities; OWASP XXE prevention). Neither return ever needs one.
 */

/** The text of the file, or why it was refused. `what` names the file in messages ("a CIN census file"). */
export function guardXml(input: string | Uint8Array, maxBytes: number, what: string): { readonly xml: string } | { readonly error: string } {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength
  if (size > maxBytes)
    return { error: `The file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${(maxBytes / 1024 / 1024).toFixed(0)} MB limit for ${what}.` }
  const xml = typeof input === 'string' ? input : Buffer.from(input).toString('utf8')
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml))
    return { error: `The file contains a DOCTYPE or ENTITY declaration. ${what.charAt(0).toUpperCase()}${what.slice(1)} never needs one, so it was refused for safety.` }
  return { xml }
}
