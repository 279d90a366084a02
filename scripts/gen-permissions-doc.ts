import { writeFileSync } from 'node:fs'
import { renderPermissionsDoc } from '../src/access/permissionsDoc.js'
import { buildOpenApi } from '../src/features/api/openApi.js'
import { routeTableForDocs } from './routeTableForDocs.js'

/** Writes docs/permissions.md and docs/openapi.json from the live route table. */
const routes = await routeTableForDocs()
writeFileSync('docs/permissions.md', renderPermissionsDoc(routes))
writeFileSync('docs/openapi.json', `${JSON.stringify(buildOpenApi(routes), null, 2)}\n`)
console.log(`Wrote docs/permissions.md and docs/openapi.json (${routes.length} routes)`)
process.exit(0)
