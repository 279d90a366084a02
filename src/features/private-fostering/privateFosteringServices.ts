import type { ServiceBase } from '../serviceBase.js'

/** Private fostering (issue 5 part 7). */
export function privateFosteringServices(_base: ServiceBase) {
  return {}
}
