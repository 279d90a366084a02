import type { Action } from '../access/actions.js'
import type { Actor } from '../access/actor.js'
import { can } from '../access/guard.js'

/** Header navigation by role: a link shows only when the role may use it (ARCHITECTURE.md §6.4). */
const links: { href: string; text: string; action: Action }[] = [
  { href: '/my-work', text: 'My work', action: 'work.mine' },
  { href: '/team-work', text: 'Team work', action: 'work.team' },
  { href: '/children', text: 'Children', action: 'child.search' },
  { href: '/front-door', text: 'Front door', action: 'frontDoor.queue' },
  { href: '/allocation', text: 'Allocation', action: 'allocation.manage' },
  { href: '/caseloads', text: 'Caseloads', action: 'caseload.view' },
  { href: '/workforce', text: 'Workforce', action: 'workforce.view' },
  { href: '/child-protection/re-escalations', text: 'Re-escalations', action: 'cp.reEscalations' },
  { href: '/disabled-children', text: 'Disabled children', action: 'children.disabled' },
  { href: '/care/unregistered', text: 'Unregistered placements', action: 'care.unregistered' },
  { href: '/missing', text: 'Missing', action: 'missing.list' },
  { href: '/care-leavers', text: 'Care leavers', action: 'careLeaver.list' },
  { href: '/private-fostering', text: 'Private fostering', action: 'privateFostering.list' },
  { href: '/adoption/adopters', text: 'Adopters', action: 'adoption.view' },
  { href: '/supervision', text: 'Supervision', action: 'supervision.view' },
  { href: '/oversight/tracker', text: 'Oversight', action: 'oversight.view' },
  { href: '/training', text: 'Training', action: 'training.view' },
  { href: '/case-audits', text: 'Case audits', action: 'caseAudit.view' },
  { href: '/case-audits/templates', text: 'Audit templates', action: 'caseAudit.configure' },
  { href: '/performance', text: 'Performance', action: 'kpi.view' },
  { href: '/practice-exceptions', text: 'Practice exceptions', action: 'kpi.view' },
  { href: '/forecasts', text: 'Forecasts', action: 'forecast.view' },
  { href: '/improvement-plan', text: 'Improvement plan', action: 'improvement.view' },
  { href: '/annex-a', text: 'Ofsted Annex A', action: 'annexA.export' },
  { href: '/returns/cin-census', text: 'CIN census', action: 'returns.cinCensus' },
  { href: '/returns/cin-census/import', text: 'Import CIN census', action: 'returns.cinCensusImport' },
  { href: '/returns/ssda903', text: 'SSDA903 return', action: 'returns.ssda903' },
  { href: '/returns/ssda903/import', text: 'Import SSDA903', action: 'returns.ssda903Import' },
  { href: '/returns/csc-api', text: 'DfE API feed', action: 'cscFeed.manage' },
  { href: '/performance/snapshots', text: 'KPI snapshots', action: 'kpi.snapshots' },
  { href: '/audit', text: 'Audit', action: 'audit.view' },
  { href: '/admin/users', text: 'Users and teams', action: 'admin.manage' },
  { href: '/admin/local-standards', text: 'Local standards', action: 'admin.localStandards' },
]

export function navigationFor(actor: Actor | null, currentPath: string) {
  if (!actor) return []
  const shown = links.filter((l) => can(actor, l.action))
  const matches = (href: string) => currentPath === href || currentPath.startsWith(`${href}/`)
  // The most specific link is the current one (/returns/cin-census/import, not /returns/cin-census).
  const current = shown.filter((l) => matches(l.href)).sort((a, b) => b.href.length - a.href.length)[0]
  return shown.map((l) => ({ href: l.href, text: l.text, active: l === current }))
}
