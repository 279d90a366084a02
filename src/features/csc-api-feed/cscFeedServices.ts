import type { ServiceBase } from '../serviceBase.js'

/** The daily DfE children’s social care API feed (issue 7). */
export function cscFeedServices(base: ServiceBase) {
  void base
  return {}
}
