/**
 * `npm run seed -- --size demo|leicester [--seed N] [--today YYYY-MM-DD]` (ARCHITECTURE.md §4).
 * Migrates, then loads a synthetic council (src/synth). Refuses in production: demo data and demo
 * credentials never go near a live system (config.ts also refuses SEED_SIZE there).
 */
import { parseArgs } from 'node:util'
import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/client.js'
import { isIsoDate } from '../src/domain/timescales/index.js'
import { DEFAULT_SEED, seed } from '../src/synth/load.js'
import { sizeNames, type SizeName } from '../src/synth/sizes.js'

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: 'demo' },
      seed: { type: 'string' },
      today: { type: 'string' },
    },
  })
  const config = loadConfig()
  if (config.NODE_ENV === 'production')
    fail('Refusing to seed: NODE_ENV is production. Synthetic data never goes into a live system.')
  const size = values.size as SizeName
  if (!sizeNames.includes(size)) fail(`--size must be one of: ${sizeNames.join(', ')}`)
  const seedNumber = values.seed === undefined ? DEFAULT_SEED : Number(values.seed)
  if (!Number.isInteger(seedNumber) || seedNumber < 0) fail('--seed must be a whole number')
  if (values.today !== undefined && !isIsoDate(values.today)) fail('--today must be a date, YYYY-MM-DD')

  const database = await openDatabase(config)
  try {
    const started = performance.now()
    await database.migrate()
    const migrated = performance.now()
    const result = await seed(database, { size, seed: seedNumber, today: values.today })
    const total = performance.now() - started
    const engine = database.engine === 'postgres' ? 'PostgreSQL' : `PGlite (${config.PGLITE_DIR})`
    if (result.skipped) console.log(`The database already has users: nothing seeded (${engine}).`)
    else console.log(`Seeded the ${size} council (seed ${seedNumber}) into ${engine}.`)
    console.table(result.counts)
    console.log(
      `Timing: migrate ${Math.round(migrated - started)} ms, generate ${result.timings.generateMs} ms, ` +
        `insert ${result.timings.insertMs} ms, total ${(total / 1000).toFixed(1)} s`,
    )
    console.log('Demo logins (synthetic data only):')
    for (const login of result.demoLogins)
      console.log(`  ${login.roleName.padEnd(45)} ${login.email.padEnd(40)} ${login.password}`)
  } finally {
    await database.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
