/**
 * GOV.UK pagination (the design system's pagination component): previous, next and a window of
 * page numbers around the current page, with ellipses for the gaps. Null for a single page, which
 * the component should not show.
 */
export function pagination(page: number, pages: number, href: (n: number) => string) {
  if (pages <= 1) return null
  const numbers = [...new Set([1, page - 1, page, page + 1, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b)
  const items: ({ number: string; href: string; current: boolean } | { ellipsis: true })[] = []
  numbers.forEach((n, i) => {
    if (i > 0 && n - (numbers[i - 1] ?? n) > 1) items.push({ ellipsis: true })
    items.push({ number: String(n), href: href(n), current: n === page })
  })
  return { previous: page > 1 ? { href: href(page - 1) } : undefined, next: page < pages ? { href: href(page + 1) } : undefined, items }
}
