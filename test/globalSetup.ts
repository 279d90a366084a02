import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import pg from 'pg'
import { openPglite, openPostgres } from '../src/db/client.js'
import { adminUrl, databaseUrl, engines, pgliteTemplatePath, templateDatabase, testRun } from './engines.js'
import type { PGlite } from '@electric-sql/pglite'

/** Migrates one template per engine; every test file then clones it (fast, isolated). */
export default async function setup() {
  process.env.CAIRN_TEST_RUN = testRun // inherited by the test workers
  mkdirSync('.test-data', { recursive: true })
  const wanted = engines()
  if (wanted.includes('pglite')) {
    const database = await openPglite()
    await database.migrate()
    const client = (database.db as unknown as { $client: PGlite }).$client
    const dump = await client.dumpDataDir('none')
    writeFileSync(pgliteTemplatePath, Buffer.from(await dump.arrayBuffer()))
    await database.close()
  }
  if (wanted.includes('postgres')) {
    const admin = new pg.Client({ connectionString: adminUrl })
    try {
      await admin.connect()
    } catch (e) {
      throw new Error(`Integration tests need PostgreSQL at ${adminUrl} (set TEST_DATABASE_URL, or CAIRN_TEST_ENGINES=pglite to skip it): ${String(e)}`)
    }
    await dropStaleDatabases(admin)
    await admin.query(`create database "${templateDatabase}"`)
    const template = await openPostgres(databaseUrl(templateDatabase), 1)
    await template.migrate()
    await template.close()
    await admin.end()
  }
  return teardown
}

/** After the run: drop this run's template and any test database a crashed file left behind. */
async function teardown() {
  rmSync(pgliteTemplatePath, { force: true })
  if (!engines().includes('postgres')) return
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  const mine = await admin.query(`select datname from pg_database where datname = $1 or datname like $2`, [templateDatabase, `cairn_t_${testRun}_%`])
  for (const row of mine.rows) await admin.query(`drop database if exists "${row.datname}" with (force)`)
  await admin.end()
}

/** Databases of earlier runs whose process has gone (a run that was killed cannot clean up). */
async function dropStaleDatabases(admin: pg.Client) {
  const all = await admin.query<{ datname: string }>(`select datname from pg_database where datname like 'cairn_t_%' or datname like 'cairn_tpl_%' or datname = 'cairn_test_template'`)
  for (const { datname } of all.rows) {
    const pid = Number(/^cairn_(?:t|tpl)_(\d+)/.exec(datname)?.[1] ?? 0)
    if (pid && pid !== process.pid && isRunning(pid)) continue
    await admin.query(`drop database if exists "${datname}" with (force)`)
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
