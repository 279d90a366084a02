import type { ServiceBase } from '../serviceBase.js'

/** Care leavers (issue 5 part 6). */
export function careLeaverServices(_base: ServiceBase) {
  return {}
}
