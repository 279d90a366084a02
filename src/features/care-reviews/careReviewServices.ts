import type { ServiceBase } from '../serviceBase.js'

/** Children in care: reviews and the IRO, care and placement plans, permanence, PEPs and health (issue 5 part 3). */
export function careReviewServices(_base: ServiceBase) {
  return {}
}
