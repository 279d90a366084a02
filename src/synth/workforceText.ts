/** Synthetic wording for supervision, oversight and training records (no real cases). */

export const reflections = [
  'Reflected on workload and wellbeing; caseload manageable. Discussed a difficult home visit and what helped.',
  'Discussed learning from a recent audit and how to evidence the child’s voice in recording.',
  'Worker feels stretched this month; two cases to be reviewed for reallocation. Agreed protected recording time.',
  'Talked through the use of chronologies in assessment and the worker’s development goals.',
  'Reflective discussion on working with resistant parents; agreed reading and a practice observation.',
]
export const discussions = [
  'Reviewed progress against the plan; the child was seen alone at the last visit.',
  'Considered the latest school and health information; risks are unchanged.',
  'Discussed drift: actions from the last review are not done. Agreed a clear timescale.',
  'Considered whether threshold for a strategy discussion is met; not at present, to keep under review.',
  'Reviewed the child’s views from direct work and how they shape the plan.',
]
export const decisionsText = [
  'Continue the current plan; review at the next supervision.',
  'Update the assessment within four weeks.',
  'Convene a professionals’ meeting before the review.',
  'Seek legal advice on the threshold for pre-proceedings.',
  'Consider step-down at the next review if progress holds.',
]
export const actionsText = [
  'Update the chronology.',
  'Complete direct work with the child and record their views.',
  'Arrange a professionals’ meeting.',
  'Chase the health assessment.',
  'Send the updated plan to the family.',
]
export const oversightNotes = [
  'Read the assessment; analysis is sound and the recommendation follows from it. Authorised.',
  'Agree with the decision; the child’s voice is clear. Next steps and timescales set.',
  'Reviewed the evidence; decision is proportionate. Actions agreed with the worker.',
]
/** The ASYE programme's sessions, with the day after the start date each is due. */
export const asyeSessions: readonly (readonly [string, number])[] = [
  ['ASYE induction and learning agreement', 14],
  ['ASYE three-month review', 90],
  ['ASYE six-month review', 180],
  ['ASYE final assessment panel', 330],
]
export const managementSessions = ['Leading supervision', 'Managing performance and workload', 'Quality assurance for managers']
