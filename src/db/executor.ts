import type { PgDatabase } from 'drizzle-orm/pg-core'
import type { NodePgQueryResultHKT } from 'drizzle-orm/node-postgres'
import type { AppDb } from './client.js'
import type * as schema from './schema/index.js'

/** Either the database or an open transaction: repositories accept both. */
export type Executor = PgDatabase<NodePgQueryResultHKT, typeof schema>

/** One unit of work: the change and its audit rows commit together or not at all. */
export function withTransaction<T>(db: AppDb, fn: (tx: Executor) => Promise<T>): Promise<T> {
  return db.transaction((tx) => fn(tx))
}
