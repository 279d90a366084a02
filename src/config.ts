import { z } from 'zod'

/**
 * The environment, parsed by one schema so every problem is reported at once
 * (ARCHITECTURE.md §4, research/reliability.md §1.7).
 */
const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    DATABASE_URL: z.url().optional(),
    PGLITE_DIR: z.string().default('./data/pglite'),
    SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
    SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(10),
    // Per client address, against password guessing (research/reliability.md §1.7).
    SIGN_IN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().positive().default(10),
    SEED_SIZE: z.enum(['none', 'demo', 'leicester']).default('demo'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LA_CODE: z.string().regex(/^\d{3}$/, 'LA_CODE is the three-digit DfE local authority code').default('999'),
    // Children aged under 18 (ONS mid-year estimate): the base of the scorecard's rates per 10,000.
    CHILD_POPULATION: z.coerce.number().int().positive().optional(),
    // The DfE children's social care API feed (issue 7 §6): off unless all four are set.
    CSC_API_URL: z.url().optional(),
    CSC_API_TOKEN_URL: z.url().optional(),
    CSC_API_CLIENT_ID: z.string().min(1).optional(),
    CSC_API_CLIENT_SECRET: z.string().min(1).optional(),
    CSC_API_SCOPE: z.string().min(1).optional(),
    // The DfE API portal's subscription key, sent as a SupplierKey header; optional. Blank counts as unset.
    CSC_API_SUPPLIER_KEY: z.string().optional(),
  })

/** Production rules, checked on the raw environment so they are reported with every other problem. */
function productionProblems(env: NodeJS.ProcessEnv): string[] {
  if (env.NODE_ENV !== 'production') return []
  const problems: string[] = []
  if (!env.SESSION_SECRET) problems.push('  SESSION_SECRET: SESSION_SECRET is required in production')
  if ((env.SEED_SIZE ?? 'demo') !== 'none') problems.push('  SEED_SIZE: Production never seeds demo data: set SEED_SIZE=none')
  // Children's records and a client secret never travel unencrypted.
  for (const key of ['CSC_API_URL', 'CSC_API_TOKEN_URL'] as const) {
    if (env[key]?.toLowerCase().startsWith('http://')) problems.push(`  ${key}: ${key} must use https in production`)
  }
  return problems
}

export type Config = z.infer<typeof configSchema> & { sessionSecret: string }

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env)
  const problems = [...(parsed.error?.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`) ?? []), ...productionProblems(env)]
  if (!parsed.success || problems.length) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`)
  // Outside production a fixed development secret keeps `npm start` to one command.
  const sessionSecret = parsed.data.SESSION_SECRET ?? 'development-only-session-secret-not-for-production'
  return { ...parsed.data, sessionSecret }
}
