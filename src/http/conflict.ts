/**
 * The conflict page of optimistic concurrency (ARCHITECTURE.md §11): a stale save shows, field by
 * field, where the user's version and the saved version differ, and nothing is overwritten.
 */
export function differingRows(labels: Record<string, string>, yours: Record<string, unknown>, current: Record<string, unknown>) {
  const shown = (v: unknown) => String(v ?? '') || '(blank)'
  return Object.entries(labels)
    .filter(([field]) => String(yours[field] ?? '') !== String(current[field] ?? ''))
    .map(([field, label]) => [{ text: label }, { text: shown(yours[field]) }, { text: shown(current[field]) }])
}
