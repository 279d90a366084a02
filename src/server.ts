import { eq } from 'drizzle-orm'
import { createApp } from './app.js'
import { ConfigError, loadConfig } from './config.js'
import { openDatabase } from './db/client.js'
import { users } from './db/schema/index.js'
import { createDeps } from './deps.js'
import { systemClock } from './domain/clock.js'
import { startDailyCscFeed } from './features/csc-api-feed/cscFeedSchedule.js'
import { startSnapshotSchedule } from './features/kpi-trends/snapshotSchedule.js'
import { seed } from './synth/load.js'

/** Process entry: config → database → seed (first run) → app → listen; graceful shutdown. */
async function main() {
  const started = performance.now()
  const config = loadConfig()
  const database = await openDatabase(config)
  await database.migrate()
  if (config.NODE_ENV === 'production') {
    const demo = await database.db.select({ id: users.id }).from(users).where(eq(users.isDemo, true)).limit(1)
    if (demo.length) throw new ConfigError('Refusing to start in production: demo accounts exist. Remove them first.')
  }
  const seeded = config.SEED_SIZE === 'none' ? { demoLogins: [] } : await seed(database, { size: config.SEED_SIZE, seed: 1, today: systemClock.today() })
  const deps = createDeps({ config, database, clock: systemClock, demoLogins: seeded.demoLogins })
  const app = await createApp(deps)
  const address = await app.listen({ port: config.PORT, host: config.HOST })
  const url = address.replace('127.0.0.1', 'localhost')
  // Scheduled work starts a minute after the server answers: on PGlite the database shares this
  // process, so a backfill at once would hold up the first requests.
  const stopSnapshots = startSnapshotSchedule(deps, { firstCheckAfterMs: 60_000 })
  const stopCscFeed = startDailyCscFeed(deps, { log: app.log })

  console.log(`\nCairn is ready at ${url} (${database.engine}, ${Math.round(performance.now() - started)} ms)`)
  if (seeded.demoLogins.length) {
    console.log('\nDemo logins (synthetic data only):')
    for (const login of seeded.demoLogins) console.log(`  ${login.roleName.padEnd(45)} ${login.email.padEnd(42)} ${login.password}`)
  }

  let closing = false
  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    console.log(`\n${signal} received: finishing requests and closing`)
    stopSnapshots()
    stopCscFeed()
    await app.close()
    await database.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void shutdown('SIGINT'))
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error)
  process.exit(1)
})
