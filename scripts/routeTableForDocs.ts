import { createApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { openPglite } from '../src/db/client.js'
import { createDeps } from '../src/deps.js'
import { systemClock } from '../src/domain/clock.js'

/** Builds the app over an empty in-memory database just to read its route table. */
export async function routeTableForDocs() {
  const database = await openPglite()
  const app = await createApp(createDeps({ config: loadConfig({ NODE_ENV: 'test', SEED_SIZE: 'none' }), database, clock: systemClock }))
  await app.ready()
  const routes = [...app.routeTable]
  await app.close()
  await database.close()
  return routes
}
