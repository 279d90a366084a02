/** LAchildID: up to 10 characters in the returns; Cairn uses exactly 10 alphanumerics (ARCHITECTURE.md §8). */
export const childRefPattern = /^[A-Za-z0-9]{10}$/

const alphabet = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/** A new child ID from a source of randomness (injected, so tests and the generator are deterministic). */
export function newChildRef(random: () => number): string {
  let ref = 'C'
  for (let i = 0; i < 9; i++) ref += alphabet[Math.floor(random() * alphabet.length)]
  return ref
}
