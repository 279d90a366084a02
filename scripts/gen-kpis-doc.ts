/**
 * Writes docs/kpis.md from the KPI catalogue (issue 7: the catalogue is generated, never hand-edited).
 * Run: node --import tsx scripts/gen-kpis-doc.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { kpiCatalogue, renderKpisDoc } from '../src/domain/kpis/index.js'

const target = fileURLToPath(new URL('../docs/kpis.md', import.meta.url))
// Format with the repo's Prettier settings so `prettier --check` passes on the generated file.
const options = { ...(await resolveConfig(target)), filepath: target }
const markdown = await format(renderKpisDoc(kpiCatalogue), options)
mkdirSync(dirname(target), { recursive: true })
writeFileSync(target, markdown, 'utf8')
console.log(`Wrote ${target} (${kpiCatalogue.length} KPIs)`)
