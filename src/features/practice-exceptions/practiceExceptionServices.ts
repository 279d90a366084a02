import type { ServiceBase } from '../serviceBase.js'

/** The practice exceptions page: by team, the children inspectors would ask about (issue 7). */
export function practiceExceptionServices(base: ServiceBase) {
  void base
  return {}
}
