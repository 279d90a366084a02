import type { ServiceBase } from '../serviceBase.js'
import { missingList } from './missingList.js'
import { missingService } from './missingService.js'

/** Missing and absent episodes, return home interviews and exploitation screening (issue 5 part 5). */
export function missingServices(base: ServiceBase) {
  return {
    missing: missingService(base.db, base.clock, base.calendar, base.children),
    missingList: missingList(base.db, base.clock),
  }
}
