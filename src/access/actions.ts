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
  'cin.close': 'Sign off the closure of a child-in-need episode',
  'plan.record': 'Record CIN plans, SMART actions, plan reviews and visits, and ask for a CP plan step-down',
  'stepDown.authorise': 'Authorise or reject a step-down from a CP plan to a CIN plan',
  'cp.reEscalations': 'See re-escalations after step-down and second or later CP plans',
  'work.mine': 'See my own work list',
  'work.team': 'See my team’s work list',
  'frontDoor.queue': 'See the front-door queue',
  'admin.manage': 'Manage users and teams',
  'audit.view': 'Use the audit viewer',
  'returns.cinCensus': 'Run the CIN census export and validation, and download the return',
} as const

export type Action = keyof typeof actionDescriptions
export const allActions = Object.keys(actionDescriptions) as Action[]

const caseworker: Action[] = ['child.view', 'child.search', 'child.edit', 'work.mine', 'contact.create']
/** Social workers and team managers record casework; managers authorise (Working Together 2023 ch.2). */
const casework: Action[] = ['assessment.record', 'cp.record', 'plan.record', 'cp.reEscalations']
const managerDecisions: Action[] = ['assessment.authorise', 'cp.authorise', 'cin.close', 'stepDown.authorise']
const readOnlyLeader: Action[] = ['child.view', 'child.search', 'work.mine', 'work.team', 'frontDoor.queue', 'cp.reEscalations']

export const permissions: Record<Role, readonly Action[]> = {
  social_worker: [...caseworker, ...casework, 'work.team'],
  personal_adviser: caseworker,
  front_door: [...caseworker, 'child.create', 'contact.decide', 'frontDoor.queue'],
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
  ],
  iro: ['child.view', 'child.search', 'work.mine'],
  service_manager: [...readOnlyLeader, 'contact.oversee', 'referral.allocate', 'child.restrict', ...managerDecisions, 'returns.cinCensus'],
  dcs: [...readOnlyLeader, 'child.restrict', 'returns.cinCensus'],
  qa_officer: ['child.view', 'child.search', 'work.mine', 'cp.reEscalations'],
  performance_analyst: ['child.view', 'child.search', 'work.mine', 'frontDoor.queue', 'cp.reEscalations', 'returns.cinCensus'],
  data_protection: ['child.view', 'child.search', 'audit.view', 'child.restrict'],
  admin: ['admin.manage', 'audit.view'],
}

export function roleMay(role: Role, action: Action): boolean {
  return permissions[role].includes(action)
}
