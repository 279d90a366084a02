/** Public API of the timescale engine (SHAPES.md §1). Import from here, not from the files. */
export { createWorkingDayCalendar, toLondonDate } from './calendar.js'
export type { WorkingDayCalendar, WorkingDayCalendarOptions, WorkingDayIndexRow } from './calendar.js'
export { addDays, addMonths, daysBetween, isIsoDate, toIsoDate } from './dates.js'
export type { IsoDate } from './dates.js'
export {
  ASSESSMENT_45WD,
  CONTACT_DECISION_1WD,
  defineTimescale,
  durationUnits,
  ruleById,
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
export { formatDuration, renderTimescalesDoc } from './doc.js'
