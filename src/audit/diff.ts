/** The before/after difference of a write, field by field. Unchanged fields are left out. */
export type Changes = Record<string, { from: unknown; to: unknown }>

const ignored = new Set(['version', 'updatedAt', 'passwordHash'])

export function diff(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Changes {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  const changes: Changes = {}
  for (const key of keys) {
    if (ignored.has(key)) continue
    const from = normalise(before?.[key])
    const to = normalise(after?.[key])
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to }
  }
  return changes
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString()
  return value ?? null
}
