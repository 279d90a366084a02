import { loadConfig } from '../src/config.js'
import { openDatabase } from '../src/db/client.js'

/** `npm run migrate`: applies the forward-only migrations to the configured database. */
const config = loadConfig()
const database = await openDatabase(config)
await database.migrate()
await database.close()
console.log(`Migrated the ${database.engine} database`)
