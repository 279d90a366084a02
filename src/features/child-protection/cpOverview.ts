import type { Actor } from '../../access/actor.js'
import { can } from '../../access/guard.js'
import { abuseCategories, assessmentOutcomes, closureReasons, conferenceKinds, describe, s47Outcomes, strategyAgencies, strategyDecisions } from '../../domain/codeLists/index.js'
import { formatDate } from '../../domain/format.js'
import type { CpPlanService } from './cpPlanService.js'
import { clockTag, codesText, notConvenedText } from './cpPresenters.js'

type Overview = Awaited<ReturnType<CpPlanService['overview']>>

const link = (href: string, text: string) => ({ html: `<a class="govuk-link" href="${href}">${text}</a>` })
const tagCell = (t: { text: string; classes: string | undefined }) => ({ html: `<strong class="govuk-tag ${t.classes ?? ''}">${t.text}</strong>` })
const table = (caption: string, head: string[], empty: string, rows: unknown[][]) => ({ caption, head: head.map((text) => ({ text })), empty, rows })
const d = (v: string | null) => (v ? formatDate(v) : '')

/** Table rows for the child's CIN/CP overview page; every cell is text we built, so html is safe. */
export function overviewModel(o: Overview, actor: Actor) {
  return {
    openEpisode: o.openEpisode,
    openPlan: o.openPlan ? { ...o.openPlan, category: describe(abuseCategories, o.openPlan.latestCategory) } : null,
    tables: [
    table('Assessments', ["Started", "Outcome", "Authorised", "45 working days"], 'No assessments recorded.', o.assessments.map((a) => [link(`/assessments/${a.id}`, formatDate(a.startDate)), { text: describe(assessmentOutcomes, a.outcome) || 'Not recorded' }, { text: a.authorisedOn ? formatDate(a.authorisedOn) : 'Awaiting authorisation' }, tagCell(clockTag(a.clock))])),
    table('Strategy discussions', ["Held", "Agencies", "Decision"], 'No strategy discussions recorded.', o.strategies.map((s) => [link(`/strategy-discussions/${s.id}`, formatDate(s.heldOn)), { text: codesText(strategyAgencies, s.agencies) }, { text: describe(strategyDecisions, s.decision) }])),
    table('Section 47 enquiries', ["Started", "Outcome", "ICPC target", "Not convened", "ICPC clock"], 'No section 47 enquiries recorded.', o.s47s.map((e) => [link(`/s47-enquiries/${e.id}`, formatDate(e.startDate)), { text: describe(s47Outcomes, e.outcome) || 'In progress' }, { text: `${d(e.icpcTargetOn)}${e.icpcOn ? ` (held ${d(e.icpcOn)})` : ''}` }, { text: notConvenedText(e) ?? '' }, tagCell(clockTag(e.clock))])),
    table('Conferences', ["Held", "Type"], 'No conferences recorded.', o.conferences.map((c) => [link(`/conferences/${c.id}`, formatDate(c.heldOn)), { text: describe(conferenceKinds, c.kind) }])),
    table('Child protection plans', ["Started", "Initial category", "Latest category", "Ended"], 'No child protection plans.', o.plans.map((p) => [link(`/cp-plans/${p.id}`, formatDate(p.startDate)), { text: describe(abuseCategories, p.initialCategory) }, { text: describe(abuseCategories, p.latestCategory) }, { text: p.endDate ? `${formatDate(p.endDate)}: ${p.endReason}` : 'Open' }])),
    table('Closures', ["Closed", "Reason", "Rationale"], 'No closures recorded.', o.closures.map((c) => [{ text: formatDate(c.closedOn) }, { text: `${c.reason}: ${describe(closureReasons, c.reason)}` }, { text: c.note }])),
    ],
    canRecordAssessment: !!o.openEpisode && can(actor, 'assessment.record'),
    canRecordCp: !!o.openEpisode && can(actor, 'cp.record'),
    canClose: !!o.openEpisode && !o.openPlan && can(actor, 'closure.request'),
  }
}

/** The small summary on the child's own page. */
export function childPageSummary(o: Overview) {
  const waiting = o.assessments.filter((a) => !a.authorisedOn).length
  return {
    openPlan: o.openPlan ? `Since ${formatDate(o.openPlan.startDate)} (${describe(abuseCategories, o.openPlan.latestCategory)})` : 'None',
    assessments: `${o.assessments.length} recorded, ${waiting} awaiting authorisation`,
    s47: o.s47s[0] ? `${describe(s47Outcomes, o.s47s[0].outcome) || 'In progress'}, started ${formatDate(o.s47s[0].startDate)}` : 'None',
  }
}
