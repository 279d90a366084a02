import type { ServiceBase } from '../serviceBase.js'

/** Missing and absent episodes, return home interviews and exploitation screening (issue 5 part 5). */
export function missingServices(_base: ServiceBase) {
  return {}
}
