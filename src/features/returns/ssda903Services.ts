import type { ServiceBase } from '../serviceBase.js'

/** The SSDA903 return: export and validation, and import (issue 5 part 9). */
export function ssda903Services(_base: ServiceBase) {
  return {}
}
