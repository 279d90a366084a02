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
