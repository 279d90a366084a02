/** Public API of the timescale engine (SHAPES.md §1). Import from here, not from the files. */
export { createWorkingDayCalendar, toLondonDate } from './calendar.js'
export type { WorkingDayCalendar, WorkingDayCalendarOptions, WorkingDayIndexRow } from './calendar.js'
export { addDays, addMonths, daysBetween, isIsoDate, toIsoDate } from './dates.js'
export type { IsoDate } from './dates.js'
export {
  applyLocalStandards,
  ASSESSMENT_45WD,
  CARE_PROCEEDINGS_26W,
  CIN_PLAN_REVIEW_3M,
  CIN_VISIT_20WD,
  CONTACT_DECISION_1WD,
  CORE_GROUP_6W,
  CP_VISIT_10WD,
  defineTimescale,
  durationUnits,
  EPO_8D,
  FIRST_CORE_GROUP_10WD,
  FIRST_RCPC_3M,
  PA_CONTACT_8W,
  POLICE_PROTECTION_72H,
  PRE_PROCEEDINGS_16W,
  RHI_OFFERED_72H,
  RCPC_6M,
  ruleById,
  S47_TO_ICPC_15WD,
  STRATEGY_TO_ICPC_15WD,
  timescaleRules,
  withLocalStandard,
} from './rules.js'
export type { Duration, DurationUnit, EventRef, Repeat, TimescaleDefinition, TimescaleRule } from './rules.js'
export {
  DEFAULT_WARN_BEFORE,
  DEFAULT_WARN_BEFORE_HOURS,
  addDuration,
  dueOn,
  evaluate,
  ragOf,
} from './engine.js'
export type { ClockRecord, Evaluation, Rag, TimescaleStatus } from './engine.js'
export { evaluateRepeating, nextDue } from './repeat.js'
export { nationalRules, ruleSetWith } from './ruleSet.js'
export type { RuleSet } from './ruleSet.js'
export type { RepeatingEvaluation, RepeatingRecord } from './repeat.js'
export { formatDuration, renderTimescalesDoc } from './doc.js'
