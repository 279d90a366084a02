import { splitDate } from '../../http/forms.js'
import type { Job } from '../returns/jobRunner.js'
import { runStatusView } from '../returns/cinCensusPresenters.js'
import type { AnnexARunDetail, AnnexARunResult } from './annexAService.js'
import type { WindowInput } from './annexASchemas.js'

/** Where an Annex A run has got to, with its window and, once done, the rows per list. */
export function runView(run: Job<AnnexARunResult, AnnexARunDetail>) {
  return {
    id: run.id,
    ...runStatusView(run),
    from: run.detail.window.from,
    to: run.detail.window.to,
    months: run.detail.window.months,
    counts: run.result?.counts ?? [],
    totalRows: (run.result?.counts ?? []).reduce((n, c) => n + c.rows, 0),
  }
}

/** The window form's values: the date input's three parts and the months. */
export function windowFormView(input: WindowInput) {
  const d = splitDate(input.to)
  return { day: d.day, month: d.month, year: d.year, months: input.months }
}
