import type { ServiceBase } from '../serviceBase.js'

/** The Ofsted Annex A workbook: Lists 1 to 11 produced from the casework, and imported workbooks to benchmark against (issue 7). */
export function annexAServices(base: ServiceBase) {
  void base
  return {}
}
