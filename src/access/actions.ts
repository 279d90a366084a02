import type { Role } from './roles.js'

/**
 * Which role may do which action: the single table every guard, menu and SQL scope reads
 * (ARCHITECTURE.md §6.4). docs/permissions.md is generated from it.
 */
export const actionDescriptions = {
  'child.view': 'View a child’s record',
  'child.search': 'Search children',
  'child.create': 'Create a child',
  'child.edit': 'Edit a child’s details, addresses and key people',
  'child.restrict': 'Restrict a record and grant named access',
  'contact.create': 'Record a contact at the front door',
  'contact.decide': 'Record the front-door decision on a contact',
  'contact.oversee': 'Record management oversight of a contact decision',
  'referral.allocate': 'Allocate a referral to a named worker',
  'assessment.record': 'Record and edit a child and family assessment',
  'assessment.authorise': 'Authorise a child and family assessment (its completion date)',
  'cp.record': 'Record strategy discussions, s47 enquiries, conferences and CP plans',
  'cp.authorise': 'Authorise a decision not to convene an ICPC after substantiated s47 concerns',
  'court.record': 'Record pre-proceedings (PLO), care proceedings, hearings, extensions and final orders',
  'closure.request': 'Ask a manager to sign off the closure of a child-in-need episode',
  'cin.close': 'Sign off, or send back, a request to close a child-in-need episode',
  'plan.record': 'Record CIN plans, SMART actions, plan reviews and visits, and ask for a CP plan step-down',
  'stepDown.authorise': 'Authorise or reject a step-down from a CP plan to a CIN plan',
  'cp.reEscalations': 'See re-escalations after step-down and second or later CP plans',
  'children.disabled': 'See the list of open disabled children with their worker, plan and visit and review status',
  'caseNote.record': 'Record and edit case notes',
  'protectiveOrder.record': 'Record emergency protection orders and police protection',
  'chronology.export': 'Download or print a child’s chronology (audited as an export)',
  'work.mine': 'See my own work list',
  'work.team': 'See my team’s work list',
  'frontDoor.queue': 'See the front-door queue',
  'admin.manage': 'Manage users and teams',
  'admin.localStandards': 'Set or clear the council’s local standards for timescales that allow one',
  'audit.view': 'Use the audit viewer',
  'returns.cinCensus': 'Run the CIN census export and validation, and download the return',
  'returns.cinCensusImport': 'Import a CIN census file from another system (creates and updates children’s CIN records)',
  'kpi.view': 'See the KPI scorecard and the children behind each KPI, and download a drill-down (audited)',
  'kpi.settings': 'Edit KPI targets and the England and statistical-neighbour benchmarks',
  'kpi.snapshots': 'Take the monthly KPI snapshot and rebuild past months from the event history',
  'annexA.export': 'Produce and download the Ofsted Annex A workbook (audited)',
  'annexA.import': 'Import an Annex A workbook to benchmark against',
  'forecast.view': 'See the demand, staffing and placement cost forecasts',
  'forecast.costs': 'Enter the weekly placement costs the forecast uses',
  'cscFeed.manage': 'Run and inspect the DfE children’s social care API feed',
  'supervision.view': 'See supervision: your own, your team’s (team manager) or everyone’s (leaders, QA), and children with no case supervision',
  'supervision.record': 'Record supervision sessions and set a worker’s supervision frequency (own team; a service manager for anyone)',
  'training.view': 'See training and development records: your own, your team’s (team manager) or everyone’s (leaders)',
  'training.manage': 'Add training and development records and record attendance (own team; a service manager for anyone)',
  'allocation.manage': 'Use the allocation queue: allocate, reallocate and transfer children between workers and teams, siblings together',
  'workforce.view': 'See the authority-wide workforce measures by month (turnover, agency, vacancies, average caseload) and download the DfE workforce census XML (audited as an export)',
  'caseload.view': 'See team caseloads counted from live allocations, staffing, and children with 3 or more social workers in 12 months',
  'oversight.view': 'See management oversight gaps (decisions with no recorded oversight) and the oversight tracker by team',
  'oversight.record': 'Record management oversight of an assessment authorisation, s47 outcome, ICPC not convened, step-down or closure',
  'improvement.view': 'See the improvement plan (inspection recommendations and actions) and its board report with the linked KPIs, printed or downloaded (audited as an export)',
  'improvement.manage': 'Record and edit improvement-plan recommendations and their actions',
  'caseAudit.configure': 'Set case-audit templates (questions and answer scales); replace or retire a template in use',
  'caseAudit.programme': 'Draw case-audit programmes (a monthly random sample or a thematic audit) and see each sample',
  'caseAudit.conduct': 'Carry out a case audit (a team manager: own team): answers, overall grade, findings, themes and actions',
  'caseAudit.moderate': 'Moderate a case audit carried out by someone else',
  'caseAudit.findings': 'See case-audit findings: every audit (QA, leaders), your team’s (team manager) or your own cases’ (social worker)',
  'caseAudit.actions': 'Mark an action arising from a case audit you can see as done',
  'caseAudit.view': 'See case-audit grades by team, theme and month, and the themes arising (a team manager: own team)',
  'care.record': 'Record a child coming into care, changes of legal status and placement, the end of care, UASC status, care and placement plans, permanence plans, PEPs, health and visits to a child in care',
  'care.unregistered': 'See the live list of children in unregistered placements, with days unregistered and what is missing',
  'care.unregisteredSignOff': 'Sign off a child’s unregistered placement as the director',
  'care.review': 'Record looked-after child reviews with the child’s participation, allocate the IRO and raise or resolve an IRO escalation',
  'earlyHelp.record': 'Record early help assessments on a child’s record and complete them with their outcome',
  'missing.record': 'Record missing and absent episodes, return home interviews and exploitation (CSE/CCE) screenings',
  'missing.list': 'See the live list of missing episodes and return home interviews, and children due an exploitation screening',
  'careLeaver.record': 'Record care leaver eligibility, the needs assessment, PA allocation and contact, pathway plans, OC3 outcomes, staying put and custody',
  'careLeaver.list': 'See the care leavers list: PA, pathway plan, contact, OC3 and custody',
  'privateFostering.record': 'Record private fostering notifications, assessments, visits and ends',
  'privateFostering.list': 'See the private fostering list with visit status',
  'adoption.view': 'See adoption records (decisions, placement orders, matches, placements, orders) and adopters',
  'adoption.record': 'Record adoption decisions, orders, matches, placements and reversals, and adopters',
  'returns.ssda903': 'Run the SSDA903 export and validation, and download the return (CSV set or XML)',
  'returns.ssda903Import': 'Import an SSDA903 return (CSV set or XML) from another system',
} as const

export type Action = keyof typeof actionDescriptions
export const allActions = Object.keys(actionDescriptions) as Action[]

const caseworker: Action[] = ['child.view', 'child.search', 'child.edit', 'work.mine', 'contact.create']
/** Social workers and team managers record casework; managers authorise (Working Together 2023 ch.2). */
const casework: Action[] = ['earlyHelp.record', 'assessment.record', 'cp.record', 'plan.record', 'closure.request', 'court.record', 'cp.reEscalations', 'children.disabled', 'caseNote.record', 'protectiveOrder.record', 'chronology.export', 'care.record', 'missing.record', 'missing.list', 'careLeaver.record', 'careLeaver.list', 'privateFostering.record', 'privateFostering.list']
/** Lists of children in care that every leader and analyst reads (issue 5). */
const careLists: Action[] = ['care.unregistered', 'missing.list', 'careLeaver.list', 'privateFostering.list']
const managerDecisions: Action[] = ['assessment.authorise', 'cp.authorise', 'cin.close', 'stepDown.authorise']
const readOnlyLeader: Action[] = ['child.view', 'child.search', 'work.mine', 'work.team', 'frontDoor.queue', 'cp.reEscalations', 'children.disabled', ...careLists, 'adoption.view']

export const permissions: Record<Role, readonly Action[]> = {
  social_worker: [...caseworker, ...casework, 'adoption.view', 'adoption.record', 'work.team', 'supervision.view', 'training.view', 'caseAudit.findings', 'caseAudit.actions'],
  personal_adviser: [...caseworker, 'caseNote.record', 'careLeaver.record', 'careLeaver.list', 'missing.record', 'missing.list', 'supervision.view', 'training.view'],
  front_door: [...caseworker, 'child.create', 'contact.decide', 'frontDoor.queue', 'earlyHelp.record'],
  team_manager: [
    ...caseworker,
    'child.create',
    'contact.decide',
    'contact.oversee',
    'referral.allocate',
    'work.team',
    'frontDoor.queue',
    ...casework,
    ...managerDecisions,
    'care.unregistered',
    'adoption.view',
    'adoption.record',
    'kpi.view',
    'allocation.manage',
    'caseload.view',
    'oversight.view',
    'oversight.record',
    'supervision.view',
    'supervision.record',
    'training.view',
    'training.manage',
    'improvement.view',
    'caseAudit.view',
    'caseAudit.conduct',
    'caseAudit.findings',
    'caseAudit.actions',
  ],
  iro: ['child.view', 'child.search', 'work.mine', 'kpi.view', 'care.review', ...careLists, 'adoption.view'],
  service_manager: [...readOnlyLeader, 'contact.oversee', 'referral.allocate', 'child.restrict', ...managerDecisions, 'returns.cinCensus', 'returns.ssda903', 'care.review', 'kpi.view', 'annexA.export', 'forecast.view', 'allocation.manage', 'caseload.view', 'workforce.view', 'oversight.view', 'oversight.record', 'supervision.view', 'supervision.record', 'training.view', 'training.manage', 'improvement.view', 'improvement.manage', 'caseAudit.view', 'caseAudit.programme', 'caseAudit.conduct', 'caseAudit.findings', 'caseAudit.actions'],
  dcs: [...readOnlyLeader, 'child.restrict', 'returns.cinCensus', 'returns.ssda903', 'care.unregisteredSignOff', 'kpi.view', 'annexA.export', 'forecast.view', 'forecast.costs', 'caseload.view', 'workforce.view', 'oversight.view', 'supervision.view', 'training.view', 'improvement.view', 'improvement.manage', 'caseAudit.view', 'caseAudit.findings'],
  qa_officer: ['child.view', 'child.search', 'work.mine', 'cp.reEscalations', 'children.disabled', ...careLists, 'kpi.view', 'supervision.view', 'oversight.view', 'improvement.view', 'caseAudit.configure', 'caseAudit.programme', 'caseAudit.conduct', 'caseAudit.moderate', 'caseAudit.findings', 'caseAudit.actions', 'caseAudit.view'],
  performance_analyst: ['child.view', 'child.search', 'work.mine', 'frontDoor.queue', 'cp.reEscalations', 'children.disabled', ...careLists, 'returns.cinCensus', 'returns.cinCensusImport', 'returns.ssda903', 'returns.ssda903Import', 'kpi.view', 'kpi.settings', 'kpi.snapshots', 'annexA.export', 'annexA.import', 'forecast.view', 'forecast.costs', 'cscFeed.manage', 'caseload.view', 'workforce.view', 'oversight.view', 'improvement.view', 'caseAudit.view'],
  data_protection: ['child.view', 'child.search', 'audit.view', 'child.restrict'],
  admin: ['admin.manage', 'admin.localStandards', 'audit.view', 'returns.cinCensusImport', 'returns.ssda903Import', 'caseAudit.configure', 'kpi.snapshots', 'cscFeed.manage'],
}

export function roleMay(role: Role, action: Action): boolean {
  return permissions[role].includes(action)
}
