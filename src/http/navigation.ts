import type { Action } from '../access/actions.js'
import type { Actor } from '../access/actor.js'
import { can } from '../access/guard.js'

/** Header navigation by role: a link shows only when the role may use it (ARCHITECTURE.md §6.4). */
const links: { href: string; text: string; action: Action }[] = [
  { href: '/my-work', text: 'My work', action: 'work.mine' },
  { href: '/team-work', text: 'Team work', action: 'work.team' },
  { href: '/children', text: 'Children', action: 'child.search' },
  { href: '/front-door', text: 'Front door', action: 'frontDoor.queue' },
  { href: '/child-protection/re-escalations', text: 'Re-escalations', action: 'cp.reEscalations' },
  { href: '/returns/cin-census', text: 'CIN census', action: 'returns.cinCensus' },
  { href: '/audit', text: 'Audit', action: 'audit.view' },
  { href: '/admin/users', text: 'Users and teams', action: 'admin.manage' },
]

export function navigationFor(actor: Actor | null, currentPath: string) {
  if (!actor) return []
  return links
    .filter((l) => can(actor, l.action))
    .map((l) => ({ href: l.href, text: l.text, active: currentPath === l.href || currentPath.startsWith(`${l.href}/`) }))
}
