import type { ServiceBase } from '../serviceBase.js'
import type { TrendPoint } from './trendTypes.js'

/** Monthly KPI snapshots, their rebuild from the event history, and the 24-month trends (issue 7). */
export function kpiTrendServices(base: ServiceBase) {
  void base
  return {
    kpiTrends: {
      /**
       * The authority-level series (or one team's or worker's) for the `months` months ending in
       * `endingMonth`, per KPI id, read from kpi_snapshots. Months with no snapshot are absent.
       */
      async series(kpiIds: readonly string[], endingMonth: string, months = 24, group?: { breakdown: 'team' | 'worker'; key: string }): Promise<Map<string, TrendPoint[]>> {
        void kpiIds, void endingMonth, void months, void group
        return new Map()
      },
    },
  }
}
