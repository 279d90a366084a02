/**
 * Writes docs/timescales.md from the timescale rules (ARCHITECTURE.md §7: the table is generated,
 * never hand-edited). Run: npx tsx scripts/gen-timescales-doc.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { renderTimescalesDoc, timescaleRules } from '../src/domain/timescales/index.js'

const target = fileURLToPath(new URL('../docs/timescales.md', import.meta.url))
// Format with the repo's Prettier settings so `prettier --check` passes on the generated file.
const options = { ...(await resolveConfig(target)), filepath: target }
const markdown = await format(renderTimescalesDoc(timescaleRules), options)
mkdirSync(dirname(target), { recursive: true })
writeFileSync(target, markdown, 'utf8')
console.log(`Wrote ${target} (${timescaleRules.length} rules)`)
