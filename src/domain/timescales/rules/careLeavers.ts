/** Care leaver clocks: needs assessment, pathway plan reviews and PA contact (Care Leavers (England) Regulations 2010). */
import type { TimescaleRule } from '../define.js'

export const careLeaverRules: readonly TimescaleRule[] = []
