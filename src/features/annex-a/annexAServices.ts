import type { ServiceBase } from '../serviceBase.js'
import { annexAService } from './annexAService.js'

/** The Ofsted Annex A workbook: Lists 1 to 11 produced from the casework, and imported workbooks to benchmark against (issue 7). */
export function annexAServices(base: ServiceBase) {
  return { annexA: annexAService(base.db, base.clock, base.config.LA_CODE) }
}
