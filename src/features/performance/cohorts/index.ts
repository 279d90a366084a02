/**
 * Every cohort's SQL, one per name in src/domain/kpis/cohorts.ts (the Record type makes that complete).
 * Written to grow with the cohort, not with the council (issue 7: near-linear from leicester to
 * england): a cohort reads one column of a child, an episode or a review by key (a lateral with
 * `offset 0`, sqlParts.childOf, or an index-only probe) rather than by a join the planner may answer
 * by hashing the whole table, and every per-row lookup has an index (src/db/schema: *_end_idx,
 * assessments_authorised_idx, cp_plans_child_start_idx, pa_allocations_child_idx, visits_seen_idx,
 * contacts_nfa_child_idx, calendar_days_working_idx). The one plain join, a referral's episode,
 * is hashed at every size because nearly every referral in a period has a different episode.
 */
import type { CohortName } from '../../../domain/kpis/index.js'
import type { CohortSql } from '../sqlParts.js'
import { assessmentsAuthorised, assessmentsOpen, contactsReceived, referralsInPeriod } from './frontDoor.js'
import { cpPlansEnded, cpPlansOpen, cpPlansStarted, icpcsHeld, s47Started, stepDownsAuthorised } from './childProtection.js'
import { careProceedingsConcluded, preProceedingsEnded, preProceedingsOpen } from './court.js'
import { cinEpisodesOpen, cinPlansOpen } from './childInNeed.js'
import { allocationsLive } from './workforce.js'
import { adoptionsMade } from './adoption.js'
import { careLeaverOutcomesYear, claOpen, missingReturned, pfArrangementsOpen } from './care.js'

export const cohortSql: Record<CohortName, CohortSql> = {
  contacts_received: contactsReceived,
  referrals_in_period: referralsInPeriod,
  assessments_authorised: assessmentsAuthorised,
  assessments_open: assessmentsOpen,
  s47_started: s47Started,
  icpcs_held: icpcsHeld,
  cp_plans_started: cpPlansStarted,
  cp_plans_ended: cpPlansEnded,
  cp_plans_open: cpPlansOpen,
  step_downs_authorised: stepDownsAuthorised,
  pre_proceedings_ended: preProceedingsEnded,
  pre_proceedings_open: preProceedingsOpen,
  care_proceedings_concluded: careProceedingsConcluded,
  cin_plans_open: cinPlansOpen,
  cin_episodes_open: cinEpisodesOpen,
  allocations_live: allocationsLive,
  adoptions_made: adoptionsMade,
  cla_open: claOpen,
  missing_returned: missingReturned,
  care_leaver_outcomes_year: careLeaverOutcomesYear,
  pf_arrangements_open: pfArrangementsOpen,
}
