/** Integration tests run on both engines (ARCHITECTURE.md §6.11). CAIRN_TEST_ENGINES narrows them. */
export type Engine = 'pglite' | 'postgres'

export const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
/**
 * Names belong to one test run (the vitest main process, whose pid globalSetup passes down), so two
 * runs at once never drop each other's databases. Test databases are `cairn_t_<run>_<random>`.
 */
export const testRun = process.env.CAIRN_TEST_RUN ?? String(process.pid)
export const templateDatabase = `cairn_tpl_${testRun}`
export const testDatabasePrefix = `cairn_t_${testRun}_`
export const pgliteTemplatePath = `.test-data/pglite-template-${testRun}.tar`

export function engines(): Engine[] {
  const wanted = (process.env.CAIRN_TEST_ENGINES ?? 'pglite,postgres').split(',').map((s) => s.trim())
  return wanted.filter((e): e is Engine => e === 'pglite' || e === 'postgres')
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return url.toString()
}
