/**
 * A code list is an `as const` array of `{ code, description }` (ARCHITECTURE.md §6.7).
 * The union of its codes is derived, and the database mirrors it with a CHECK constraint.
 */
export type CodeEntry = { readonly code: string; readonly description: string }

export type CodeOf<L extends readonly CodeEntry[]> = L[number]['code']

export function codesOf<L extends readonly CodeEntry[]>(list: L): [CodeOf<L>, ...CodeOf<L>[]] {
  return list.map((e) => e.code) as [CodeOf<L>, ...CodeOf<L>[]]
}

export function describe<L extends readonly CodeEntry[]>(list: L, code: string | null | undefined): string {
  return list.find((e) => e.code === code)?.description ?? code ?? ''
}
