/**
 * `node --import tsx scripts/import-cin-census.ts <file> [--year YYYY-YY]` (issue 4 §9): imports a
 * CIN census XML file from another system, as the system actor (src/returns/cin-census/import.ts).
 * Migrates first. The year defaults to the file's header. Prints the report; exits 1 when refused.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { systemActor } from '../src/access/actor.js'
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/client.js'
import { importCensus } from '../src/returns/cin-census/import.js'
import { reportSummary } from '../src/returns/cin-census/importSummary.js'

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ options: { year: { type: 'string' } }, allowPositionals: true })
  const [file] = positionals
  if (!file || positionals.length !== 1) fail('Usage: import-cin-census.ts <file> [--year YYYY-YY]')
  if (values.year !== undefined && !/^\d{4}-\d{2}$/.test(values.year)) fail('--year must be a collection year, YYYY-YY (for example 2021-22)')
  let xml: Buffer
  try {
    xml = readFileSync(file)
  } catch (err) {
    fail(`Cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`)
  }
  const database = await openDatabase(loadConfig())
  try {
    await database.migrate()
    const report = await importCensus(database.db, systemActor, xml, values.year === undefined ? {} : { collectionYear: values.year })
    console.log(reportSummary(report))
    if (report.status === 'refused') process.exitCode = 1
  } finally {
    await database.close()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
