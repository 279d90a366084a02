/** Small statistics helpers shared by the benchmark files. */

/** Nearest-rank percentile of an ascending array; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? NaN
}

export function summarise(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted[sorted.length - 1] ?? NaN,
  }
}

/** Times the steps of a run: `lap(step)` records the milliseconds since the last lap; `totalMs()` since the start. */
export function stepTimer() {
  const steps: Record<string, number> = {}
  const started = performance.now()
  let last = started
  return {
    steps,
    lap(step: string): void {
      const now = performance.now()
      steps[step] = Math.round(now - last)
      last = now
    },
    totalMs: (): number => Math.round(performance.now() - started),
  }
}
