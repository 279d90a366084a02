import type { Config } from '../config.js'
import type { AppDb } from '../db/client.js'
import type { Clock } from '../domain/clock.js'
import type { WorkingDayCalendar } from '../domain/timescales/calendar.js'
import type { ChildrenService } from './children/childrenService.js'
import type { LocalStandardsService } from './local-standards/localStandardsService.js'

/** What each area's services are built from (deps.ts, the composition root, passes it once). */
export type ServiceBase = {
  readonly config: Config
  readonly db: AppDb
  readonly clock: Clock
  readonly calendar: WorkingDayCalendar
  readonly children: ChildrenService
  readonly localStandards: LocalStandardsService
}
