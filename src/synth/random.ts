/**
 * A seeded pseudo-random number generator for the synthetic council (ARCHITECTURE.md §8: "deterministic
 * from a seed"). sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, as used by PractRand)
 * passes the usual statistical batteries, has a 128-bit state and needs nothing but 32-bit integer
 * maths, so the same seed gives the same council on every machine. Math.random is never used.
 */

export type Weighted<T> = readonly (readonly [T, number])[]

export type Rng = {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** A float in [min, max). */
  float(min: number, max: number): number
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  weighted<T>(entries: Weighted<T>): T
  /** Approximately normal (Box–Muller), clamped to [min, max] when given. */
  normal(mean: number, sd: number, min?: number, max?: number): number
  /** A random RFC 4122 version-4-shaped UUID built from this stream (never crypto.randomUUID). */
  uuid(): string
  /** An independent stream derived from this seed and a label, so adding draws in one part of
   *  the generator does not shift every value drawn in another. */
  fork(label: string): Rng
}

/** splitmix32: spreads a small seed across the 128-bit sfc32 state. */
function splitmix32(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s + 0x9e3779b9) >>> 0
    let z = s
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0
    return (z ^ (z >>> 16)) >>> 0
  }
}

/** FNV-1a 32-bit hash of a label, to derive fork seeds. */
function hashLabel(label: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

function sfc32(seed: number): () => number {
  const mix = splitmix32(seed)
  let a = mix()
  let b = mix()
  let c = mix()
  let d = mix()
  const step = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0
    d = (d + 1) >>> 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) >>> 0
    c = ((c << 21) | (c >>> 11)) >>> 0
    c = (c + t) >>> 0
    return t >>> 0
  }
  for (let i = 0; i < 12; i++) step() // discard the first outputs, as the reference code does
  return step
}

const byteHex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))
const hex = (n: number): string =>
  (byteHex[n >>> 24] as string) +
  (byteHex[(n >>> 16) & 255] as string) +
  (byteHex[(n >>> 8) & 255] as string) +
  (byteHex[n & 255] as string)

export function createRng(seed: number): Rng {
  const u32 = sfc32(seed)
  const next = (): number => u32() / 4294967296
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick from an empty list')
      return items[Math.floor(next() * items.length)] as T
    },
    weighted<T>(entries: Weighted<T>): T {
      // Indexed loops: destructuring in for-of is several times slower, and this runs millions of times.
      let total = 0
      for (let i = 0; i < entries.length; i++) total += (entries[i] as readonly [T, number])[1]
      let r = next() * total
      for (let i = 0; i < entries.length; i++) {
        const entry = entries[i] as readonly [T, number]
        r -= entry[1]
        if (r < 0) return entry[0]
      }
      const last = entries[entries.length - 1]
      if (!last) throw new RangeError('weighted pick from an empty list')
      return last[0]
    },
    normal(mean, sd, min = -Infinity, max = Infinity) {
      const u = 1 - next() // (0, 1]: log(0) is never taken
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next())
      return Math.min(max, Math.max(min, mean + sd * z))
    },
    uuid() {
      const h = hex(u32()) + hex(u32()) + hex(u32()) + hex(u32())
      const variant = '89ab'[u32() & 3] as string
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
    },
    fork: (label) => createRng((hashLabel(label) ^ u32()) >>> 0),
  }
  return rng
}

/** Forks from a fixed root, so each stream depends only on (seed, label), not on draw order. */
export function streams(seed: number): (label: string) => Rng {
  return (label) => createRng((hashLabel(label) ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0)
}
