import type { Role } from './roles.js'

/** The signed-in user as every service sees them. */
export type Actor = {
  readonly id: string
  readonly role: Role
  readonly teamId: string | null
  readonly displayName: string
}

/** Work done by the system itself (seeding, scheduled jobs) is audited under this actor. */
export const systemActor: Actor = {
  id: '00000000-0000-0000-0000-000000000000',
  role: 'admin',
  teamId: null,
  displayName: 'Cairn system',
}
