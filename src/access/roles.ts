/**
 * The roles of ARCHITECTURE.md §2. `scope` says which children a role can see:
 * `team` = children allocated to the user or to the user's team; `authority` = every child;
 * `none` = no child records at all (administration only).
 */
export const roles = [
  { code: 'social_worker', description: 'Social worker', scope: 'team' },
  { code: 'personal_adviser', description: 'Personal adviser', scope: 'team' },
  { code: 'front_door', description: 'Front door (MASH) worker', scope: 'authority' },
  { code: 'team_manager', description: 'Team manager', scope: 'team' },
  { code: 'iro', description: 'Independent reviewing officer / CP chair', scope: 'authority' },
  { code: 'service_manager', description: 'Service manager / head of service', scope: 'authority' },
  { code: 'dcs', description: 'Director of children’s services', scope: 'authority' },
  { code: 'qa_officer', description: 'Quality-assurance officer', scope: 'authority' },
  { code: 'performance_analyst', description: 'Performance analyst', scope: 'authority' },
  { code: 'data_protection', description: 'Data-protection officer', scope: 'authority' },
  { code: 'admin', description: 'Administrator', scope: 'none' },
] as const

export type Role = (typeof roles)[number]['code']
export type Scope = (typeof roles)[number]['scope']

export const roleCodes = roles.map((r) => r.code) as [Role, ...Role[]]

export function scopeOfRole(role: Role): Scope {
  return roles.find((r) => r.code === role)?.scope ?? 'none'
}

export function roleName(role: string): string {
  return roles.find((r) => r.code === role)?.description ?? role
}
