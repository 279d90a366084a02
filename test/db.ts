import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import pg from 'pg'
import { openPglite, openPostgres, type Database } from '../src/db/client.js'
import { adminUrl, databaseUrl, pgliteTemplatePath, templateDatabase, testDatabasePrefix, type Engine } from './engines.js'

/** A fresh, migrated database of its own for one test file. */
export async function openTestDatabase(engine: Engine): Promise<Database> {
  if (engine === 'pglite') return openPglite(undefined, new Blob([readFileSync(pgliteTemplatePath)]))
  const name = `${testDatabasePrefix}${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database "${name}" template "${templateDatabase}"`)
  await admin.end()
  const database = await openPostgres(databaseUrl(name), 5)
  return {
    ...database,
    close: async () => {
      await database.close()
      const a = new pg.Client({ connectionString: adminUrl })
      await a.connect()
      await a.query(`drop database if exists "${name}" with (force)`)
      await a.end()
    },
  }
}
