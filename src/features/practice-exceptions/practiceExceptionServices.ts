import { allocationService } from '../allocation/allocationService.js'
import { careLeaverList } from '../care-leavers/careLeaverList.js'
import { unregisteredService } from '../care/unregisteredService.js'
import { missingList } from '../missing/missingList.js'
import type { ServiceBase } from '../serviceBase.js'
import { unsupervisedQuery } from '../supervision/supervisionSchemas.js'
import { supervisionService } from '../supervision/supervisionService.js'
import { workService } from '../work/workService.js'
import { practiceExceptionService } from './practiceExceptionService.js'

/**
 * The practice exceptions page: by team, the children inspectors would ask about (issue 7). It is
 * built from the same service factories as the lists it draws on, so each section is that list.
 */
export function practiceExceptionServices(base: ServiceBase) {
  const { db, clock, calendar, children, localStandards } = base
  const supervision = supervisionService(db, clock)
  return {
    practiceExceptions: practiceExceptionService(db, clock, {
      work: workService(db, clock, calendar, localStandards, supervision),
      allocation: allocationService(db, clock, calendar, children),
      supervision,
      missingList: missingList(db, clock),
      unregistered: unregisteredService(base),
      careLeaverList: careLeaverList(db, clock),
      supervisionWeeks: unsupervisedQuery.parse({}).weeks,
    }),
  }
}
