/** For tests: the scorecard or dashboard table row for one KPI (the first, on a breakdown). */
export const rowOf = (body: string, kpiId: string) =>
  body.match(new RegExp(`<tr class="govuk-table__row">\\s*<th scope="row"[^>]*><a class="govuk-link" href="/performance/${kpiId}\\?[\\s\\S]*?</tr>`))?.[0] ?? ''
