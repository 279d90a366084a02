import type { ServiceBase } from '../serviceBase.js'
import { forecastService } from './forecastService.js'
import { placementCostService } from './placementCostService.js'

/** Demand, staffing and placement cost forecasts from the flows in the data, with backtests (issue 7). */
export function forecastServices(base: ServiceBase) {
  return {
    forecasts: forecastService(base.db, base.clock),
    placementCosts: placementCostService(base.db, base.clock),
  }
}
