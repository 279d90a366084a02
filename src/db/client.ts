import { mkdirSync, openSync, closeSync, writeFileSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { drizzle as drizzlePg, type NodePgDatabase } from 'drizzle-orm/node-postgres'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import pg from 'pg'
import * as schema from './schema/index.js'

export type AppDb = NodePgDatabase<typeof schema>
export type Database = {
  readonly db: AppDb
  readonly engine: 'postgres' | 'pglite'
  migrate(): Promise<void>
  ping(): Promise<boolean>
  close(): Promise<void>
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations')

/** The newest migration's timestamp, from drizzle's journal. */
function latestMigrationMillis(): number {
  const journal = JSON.parse(readFileSync(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { when: number }[] }
  return Math.max(...journal.entries.map((e) => e.when))
}

type Query = (text: string) => Promise<{ rows: Record<string, unknown>[] }>

/**
 * True when the newest migration is already recorded, so a restart skips the migrator's
 * transaction (about a second on PGlite). Any doubt (no table yet) means "migrate".
 */
async function upToDate(query: Query): Promise<boolean> {
  try {
    const { rows } = await query('select max(created_at)::text as latest from drizzle.__drizzle_migrations')
    return Number(rows[0]?.latest ?? 0) >= latestMigrationMillis()
  } catch {
    return false
  }
}

// node-postgres returns int8 as strings and dates as local Date objects; PGlite does not.
// Align both engines on plain strings for dates and numbers for counts (research/stack.md §1).
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v)
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v))

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  // JIT off for every connection: PostgreSQL compiles any query whose estimated cost passes
  // jit_above_cost, and for the pages' queries (a few hundred rows each) the compile took 40 to 80 ms,
  // longer than running them (the allocation queue: 45 ms of JIT for 30 ms of work). JIT pays off on
  // long analytical scans, which Cairn runs as background jobs where a few ms either way do not matter.
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: '-c jit=off' })
  // An idle client losing its server (a database restart) must not crash the process.
  pool.on('error', () => undefined)
  const db = drizzlePg(pool, { schema })
  return {
    db,
    engine: 'postgres',
    migrate: async () => {
      if (await upToDate((text) => pool.query(text))) return
      await pool.query(`set lock_timeout = '10s'`)
      await migratePg(db, { migrationsFolder })
    },
    ping: async () => pool.query('select 1').then(() => true, () => false),
    close: () => pool.end(),
  }
}

/** PGlite is single-process: a lock file stops a second server corrupting the data directory. */
function takeLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true })
  const lockFile = path.join(dataDir, '..', `${path.basename(dataDir)}.lock`)
  try {
    const fd = openSync(lockFile, 'wx')
    writeFileSync(fd, String(process.pid))
    closeSync(fd)
  } catch {
    const holder = Number(readFileSync(lockFile, 'utf8'))
    if (holder && isAlive(holder)) throw new Error(`The data directory is in use by process ${holder}`)
    writeFileSync(lockFile, String(process.pid))
  }
  return () => rmSync(lockFile, { force: true })
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

export async function openPglite(dataDir?: string, from?: Blob): Promise<Database> {
  const release = dataDir ? takeLock(dataDir) : () => undefined
  // Loaded only when used: PGlite costs about 44 MB of memory in a server that runs on PostgreSQL.
  const [{ PGlite }, { pg_trgm }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite/contrib/pg_trgm'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ])
  const client = await PGlite.create({ dataDir, loadDataDir: from, extensions: { pg_trgm }, parsers: { 1082: (v: string) => v, 20: (v: string) => Number(v) } })
  const pgliteDb = drizzlePglite(client, { schema })
  return {
    db: pgliteDb as unknown as AppDb,
    engine: 'pglite',
    migrate: async () => {
      if (await upToDate((text) => client.query(text))) return
      await migratePglite(pgliteDb, { migrationsFolder })
    },
    ping: async () => client.query('select 1').then(() => true, () => false),
    close: async () => {
      await client.close()
      release()
    },
  }
}

export function openDatabase(config: { DATABASE_URL?: string; PGLITE_DIR: string }): Promise<Database> {
  return config.DATABASE_URL ? openPostgres(config.DATABASE_URL) : openPglite(config.PGLITE_DIR)
}
