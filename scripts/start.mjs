/**
 * `npm start`: runs the server from a bundle that esbuild writes once and reuses until a source
 * file changes. Loading TypeScript through tsx on every start cost about a second, and issue 3
 * asks for a restart in 3 s (docs/adr/0002-start-from-a-cached-bundle.md). Plain JavaScript on
 * purpose: this file must run before anything is compiled.
 */
import { createHash } from 'node:crypto'
import process from 'node:process'
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const srcDir = path.join(root, 'src')
// Named after the checkout, because the bundle holds its source paths (see keepModuleUrls).
const checkout = createHash('sha256').update(root).digest('hex').slice(0, 12)
const outFile = path.join(root, 'node_modules', '.cache', 'cairn', `server-${checkout}.mjs`)

/** Newest modification time under a folder (the src tree is a few hundred files: milliseconds). */
function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    const time = entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs
    if (time > newest) newest = time
  }
  return newest
}

function bundleIsCurrent() {
  try {
    return statSync(outFile).mtimeMs >= Math.max(newestMtime(srcDir), statSync(path.join(root, 'package-lock.json')).mtimeMs)
  } catch {
    return false
  }
}

/**
 * Modules find their templates, migrations and schemas next to their own source file, so each
 * module keeps its own import.meta.url instead of the bundle's.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }))
  },
}

async function buildBundle() {
  const { build } = await import('esbuild')
  mkdirSync(path.dirname(outFile), { recursive: true })
  await build({
    entryPoints: [path.join(srcDir, 'server.ts')],
    outfile: outFile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    plugins: [keepModuleUrls],
    logLevel: 'warning',
  })
}

if (!bundleIsCurrent()) await buildBundle()
process.setSourceMapsEnabled(true)
await import(pathToFileURL(outFile).href)
