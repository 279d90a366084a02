import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderPermissionsDoc } from '../src/access/permissionsDoc.js'
import { buildOpenApi } from '../src/features/api/openApi.js'
import { renderTimescalesDoc, timescaleRules } from '../src/domain/timescales/index.js'
import { routeTableForDocs } from '../scripts/routeTableForDocs.js'

/** Generated documents are committed; they must match what the code generates today (`npm run docs`). */
describe('generated documentation is up to date', () => {
  it('docs/permissions.md and docs/openapi.json match the route table', async () => {
    const routes = await routeTableForDocs()
    expect(readFileSync('docs/permissions.md', 'utf8')).toBe(renderPermissionsDoc(routes))
    expect(JSON.parse(readFileSync('docs/openapi.json', 'utf8'))).toEqual(JSON.parse(JSON.stringify(buildOpenApi(routes))))
  })

  it('the OpenAPI document describes every API route', async () => {
    const routes = await routeTableForDocs()
    const api = buildOpenApi(routes)
    const apiRoutes = routes.filter((r) => r.url.startsWith('/api/v1/') && r.url !== '/api/v1/openapi.json' && r.url !== '/api/v1/session')
    for (const r of apiRoutes) expect(api.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()], `${r.method} ${r.url}`).toBeDefined()
  })

  it('docs/timescales.md lists every rule', () => {
    const doc = readFileSync('docs/timescales.md', 'utf8')
    for (const rule of timescaleRules) expect(doc).toContain(rule.id)
    expect(renderTimescalesDoc(timescaleRules)).toContain('ASSESSMENT_45WD')
  })
})
