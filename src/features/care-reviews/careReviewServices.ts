import type { ServiceBase } from '../serviceBase.js'
import { careHealthService } from './careHealthService.js'
import { carePlanService } from './carePlanService.js'
import { careReviewService } from './careReviewService.js'

/** Children in care: reviews and the IRO, care and placement plans, permanence, PEPs and health (issue 5 part 3). */
export function careReviewServices(base: ServiceBase) {
  return {
    careReviews: careReviewService(base),
    carePlans: carePlanService(base),
    careHealth: careHealthService(base),
  }
}
