/**
 * Maps over items with at most `limit` calls in flight, keeping the results in the items' order.
 * For work where running everything at once costs more than it saves: many heavy queries against
 * one database server only fight over its cores and its buffer cache.
 */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return results
}
