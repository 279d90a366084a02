import { oversightPoints } from '../../domain/codeLists/index.js'

/**
 * The decision points Cairn records, each as one select of the same columns
 * (point, entity_type, entity_id, child_id, decided_on) over the table that holds the decision.
 * Leicester 2015: "management oversight was not recorded"; a decision with no oversight row is a gap.
 * The front door's own oversight of a contact decision (contacts.oversight_at) counts as oversight.
 * An s47 enquiry has no outcome date, so its start date stands in for the date of the decision.
 */
const london = (column: string) => `(${column} at time zone 'Europe/London')::date`

export const recordedPoints = [
  { point: 'CONTACT_DECISION', table: 'contacts', entityType: 'contact', href: (id: string) => `/front-door/contacts/${id}`, path: null, select: `select 'CONTACT_DECISION', 'contact', id, child_id, ${london('decided_at')} from contacts where decision is not null and oversight_at is null` },
  { point: 'ASSESSMENT_AUTHORISATION', table: 'assessments', entityType: 'assessment', href: (id: string) => `/assessments/${id}`, path: '/assessments/:id/oversight', select: `select 'ASSESSMENT_AUTHORISATION', 'assessment', id, child_id, authorised_on from assessments where authorised_on is not null` },
  { point: 'S47_OUTCOME', table: 's47_enquiries', entityType: 's47_enquiry', href: (id: string) => `/s47-enquiries/${id}`, path: '/s47-enquiries/:id/oversight/outcome', select: `select 'S47_OUTCOME', 's47_enquiry', id, child_id, start_date from s47_enquiries where outcome is not null` },
  { point: 'ICPC_NOT_CONVENED', table: 's47_enquiries', entityType: 's47_enquiry', href: (id: string) => `/s47-enquiries/${id}`, path: '/s47-enquiries/:id/oversight/not-convened', select: `select 'ICPC_NOT_CONVENED', 's47_enquiry', id, child_id, ${london('not_convened_authorised_at')} from s47_enquiries where not_convened_authorised_at is not null` },
  { point: 'STEP_DOWN', table: 'step_downs', entityType: 'step_down', href: (id: string) => `/step-downs/${id}`, path: '/step-downs/:id/oversight', select: `select 'STEP_DOWN', 'step_down', id, child_id, ${london('decided_at')} from step_downs where decision is not null` },
  { point: 'CLOSURE', table: 'cin_closure_requests', entityType: 'cin_closure_request', href: (id: string) => `/closure-requests/${id}`, path: '/closure-requests/:id/oversight', select: `select 'CLOSURE', 'cin_closure_request', id, child_id, ${london('decided_at')} from cin_closure_requests where decision = 'SIGNED_OFF'` },
] as const

export type RecordedPoint = (typeof recordedPoints)[number]
export type PointCode = RecordedPoint['point']
export const pointCodes = recordedPoints.map((p) => p.point) as [PointCode, ...PointCode[]]

/** Points whose records Cairn does not hold yet (placements come with issue 5). */
export const notYetRecorded = oversightPoints.filter((p) => !(pointCodes as readonly string[]).includes(p.code))

/** Points a manager records oversight of here; the contact decision has its own form at the front door. */
export const formPoints = recordedPoints.filter((p): p is Extract<RecordedPoint, { path: string }> => p.path !== null)

export const pointOf = (code: PointCode) => recordedPoints.find((p) => p.point === code)!
