import type { Config } from '../../config.js'
import { addMonths } from '../../domain/timescales/dates.js'
import type { CscEndpoint } from './cscSender.js'
import type { Window } from './cscPayloadRepository.js'

/** Children per POST (DfE CSC API data flow: batches of 100). */
export const batchSize = 100

export type FeedSettings = {
  readonly enabled: boolean
  readonly host: string | null
  readonly tokenHost: string | null
  readonly missing: readonly string[]
  /** Whether a supplier key is set (never the key itself). */
  readonly supplierKeySet: boolean
  readonly endpoint: CscEndpoint | null
}

const hostOf = (url: string | undefined) => (url ? new URL(url).host : null)

/**
 * The endpoint from the environment; the feed is off unless the URL, token URL, id and secret are all
 * set. CSC_API_SUPPLIER_KEY (optional) is the subscription key from the DfE API portal, which both D2I
 * senders send in a SupplierKey header (data-to-insight/dfe-csc-api-data-flows, api_pipeline/config.py
 * SUPPLIER_KEY); blank counts as unset.
 */
export function feedSettings(config: Config): FeedSettings {
  const required = { CSC_API_URL: config.CSC_API_URL, CSC_API_TOKEN_URL: config.CSC_API_TOKEN_URL, CSC_API_CLIENT_ID: config.CSC_API_CLIENT_ID, CSC_API_CLIENT_SECRET: config.CSC_API_CLIENT_SECRET }
  const missing = Object.entries(required).filter(([, v]) => !v).map(([k]) => k)
  const supplierKey = config.CSC_API_SUPPLIER_KEY?.trim() || null
  const endpoint =
    missing.length === 0
      ? { url: config.CSC_API_URL!, tokenUrl: config.CSC_API_TOKEN_URL!, clientId: config.CSC_API_CLIENT_ID!, clientSecret: config.CSC_API_CLIENT_SECRET!, scope: config.CSC_API_SCOPE ?? null, supplierKey }
      : null
  return { enabled: endpoint !== null, host: hostOf(config.CSC_API_URL), tokenHost: hostOf(config.CSC_API_TOKEN_URL), missing, supplierKeySet: supplierKey !== null, endpoint }
}

/** The rolling window: from 1 April of the financial year 24 months back, to today (research/standards.md §5). */
export function feedWindow(today: string): Window {
  const back = addMonths(today, -24)
  const year = Number(back.slice(0, 4)) - (Number(back.slice(5, 7)) < 4 ? 1 : 0)
  return { start: `${year}-04-01`, end: today }
}
