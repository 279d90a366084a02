import { mkdirSync, writeFileSync } from 'node:fs'
import pg from 'pg'
import { openPglite, openPostgres } from '../src/db/client.js'
import { adminUrl, databaseUrl, engines, pgliteTemplatePath, templateDatabase } from './engines.js'
import type { PGlite } from '@electric-sql/pglite'

/** Migrates one template per engine; every test file then clones it (fast, isolated). */
export default async function setup() {
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
    const old = await admin.query(`select datname from pg_database where datname like 'cairn_t_%' or datname = $1`, [templateDatabase])
    for (const row of old.rows) await admin.query(`drop database if exists "${row.datname}" with (force)`)
    await admin.query(`create database "${templateDatabase}"`)
    const template = await openPostgres(databaseUrl(templateDatabase), 1)
    await template.migrate()
    await template.close()
    await admin.end()
  }
}
