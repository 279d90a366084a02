/** Row shapes the generator produces: exactly what drizzle inserts, so the loader needs no mapping. */
import type {
  allocations,
  calendarDays,
  childAddresses,
  children,
  cinEpisodes,
  contacts,
  keyPeople,
  referrals,
  teams,
  users,
} from '../db/schema/index.js'

export type TeamRow = typeof teams.$inferInsert & { id: string }
export type UserRow = typeof users.$inferInsert & { id: string }
export type ChildRow = typeof children.$inferInsert & { id: string }
export type AddressRow = typeof childAddresses.$inferInsert & { id: string }
export type KeyPersonRow = typeof keyPeople.$inferInsert & { id: string }
export type ContactRow = typeof contacts.$inferInsert & { id: string; receivedAt: Date; recordedAt: Date }
export type EpisodeRow = typeof cinEpisodes.$inferInsert & { id: string }
export type ReferralRow = typeof referrals.$inferInsert & { id: string }
export type AllocationRow = typeof allocations.$inferInsert & { id: string }
export type CalendarRow = typeof calendarDays.$inferInsert

/** Everything one synthetic council holds, in foreign-key order. */
export type SynthRows = {
  teams: TeamRow[]
  users: UserRow[]
  children: ChildRow[]
  childAddresses: AddressRow[]
  keyPeople: KeyPersonRow[]
  contacts: ContactRow[]
  cinEpisodes: EpisodeRow[]
  referrals: ReferralRow[]
  allocations: AllocationRow[]
  calendarDays: CalendarRow[]
}

export type TableName = keyof SynthRows
export const tableOrder: TableName[] = [
  'calendarDays',
  'teams',
  'users',
  'children',
  'childAddresses',
  'keyPeople',
  'contacts',
  'cinEpisodes',
  'referrals',
  'allocations',
]
