/** Time is a dependency (ARCHITECTURE.md §6.8): services ask the clock, tests fix it. */
export type Clock = {
  now(): Date
  /** Today's calendar date in Europe/London, as 'YYYY-MM-DD'. */
  today(): string
}

const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' })

export function londonDateOf(instant: Date): string {
  return londonDate.format(instant)
}

export const systemClock: Clock = { now: () => new Date(), today: () => londonDateOf(new Date()) }

export function fixedClock(iso: string): Clock {
  const instant = new Date(iso)
  return { now: () => new Date(instant), today: () => londonDateOf(instant) }
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
})

/** Minutes London is ahead of UTC at an instant (0 in GMT, 60 in BST). */
function londonOffsetMinutes(instant: Date): number {
  const p = Object.fromEntries(londonParts.formatToParts(instant).map((x) => [x.type, x.value]))
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute))
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000)
}

/** A wall-clock time typed in England ('YYYY-MM-DDTHH:MM') as the instant it names. */
export function londonLocalToInstant(local: string): Date {
  const guess = new Date(`${local.slice(0, 16)}:00Z`)
  const first = new Date(guess.getTime() - londonOffsetMinutes(guess) * 60_000)
  return new Date(guess.getTime() - londonOffsetMinutes(first) * 60_000)
}

/** The instant as the wall-clock time in England ('YYYY-MM-DDTHH:MM'): the inverse of londonLocalToInstant. */
export function londonLocalOf(instant: Date): string {
  const p = Object.fromEntries(londonParts.formatToParts(instant).map((x) => [x.type, x.value]))
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`
}
