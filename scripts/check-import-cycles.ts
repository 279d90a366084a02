import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

/**
 * Fails when value imports under src/ form a cycle (ARCHITECTURE.md §6.12). Type-only imports
 * are erased at run time, so they are left out.
 */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return full.endsWith('.ts') && !full.endsWith('.test.ts') ? [full] : []
  })
}

const importPattern = /^import\s+(?!type\b)[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm

export function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    const targets = [...text.matchAll(importPattern)].map((m) => path.resolve(path.dirname(file), m[1]!.replace(/\.js$/, '.ts')))
    graph.set(path.resolve(file), targets)
  }
  return graph
}

export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const stack: string[] = []
  const visit = (node: string) => {
    state.set(node, 'visiting')
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'visiting') cycles.push([...stack.slice(stack.indexOf(next)), next])
      else if (!state.has(next)) visit(next)
    }
    stack.pop()
    state.set(node, 'done')
  }
  for (const node of graph.keys()) if (!state.has(node)) visit(node)
  return cycles
}

const cycles = findCycles(importGraph(sourceFiles('src')))
if (cycles.length) {
  for (const cycle of cycles) console.error(`Import cycle: ${cycle.map((f) => path.relative(process.cwd(), f)).join(' → ')}`)
  process.exit(1)
}
console.log('No import cycles')
