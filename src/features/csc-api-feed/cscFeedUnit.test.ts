import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../config.js'
import { feedSettings, feedWindow } from './cscFeedConfig.js'
import { accommodationType, activityCode, canonicalJson, payloadHash } from './cscPayload.js'
import { retryAfterMs } from './cscSender.js'

describe('DfE CSC API feed pieces', () => {
  it('sends a care leaver’s accommodation as the 903 type letter without the suitability digit', () => {
    expect(['B1', 'U2', 'D1', '0', null].map(accommodationType)).toEqual(['B', 'U', 'D', null, null])
  })

  it('sends a care leaver’s 903 activity as recorded, and the 903 "0" (not known) as null', () => {
    expect(['F1', 'G6', '0', null].map(activityCode)).toEqual(['F1', 'G6', null, null])
  })

  it('hashes the same content the same way whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: null, y: 'x' }], c: true } })).toBe('{"a":{"c":true,"d":[2,{"y":"x","z":null}]},"b":1}')
    expect(payloadHash({ a: 1, b: 2 })).toBe(payloadHash({ b: 2, a: 1 }))
    expect(payloadHash({ a: 1 })).toMatch(/^[0-9a-f]{64}$/)
    expect(payloadHash({ a: 1 })).not.toBe(payloadHash({ a: 2 }))
  })

  it('reads Retry-After as seconds or as a date', () => {
    const now = Date.parse('2026-11-25T10:00:00Z')
    expect(retryAfterMs('12', now)).toBe(12_000)
    expect(retryAfterMs('Wed, 25 Nov 2026 10:00:30 GMT', now)).toBe(30_000)
    expect(retryAfterMs(null, now)).toBeNull()
    expect(retryAfterMs('soon', now)).toBeNull()
  })

  it('looks back to 1 April of the financial year 24 months ago', () => {
    expect(feedWindow('2026-11-25')).toEqual({ start: '2024-04-01', end: '2026-11-25' })
    expect(feedWindow('2026-03-31')).toEqual({ start: '2023-04-01', end: '2026-03-31' })
    expect(feedWindow('2026-04-01')).toEqual({ start: '2024-04-01', end: '2026-04-01' })
  })

  it('is off unless the endpoint, token URL, id and secret are all set', () => {
    const off = feedSettings(loadConfig({ NODE_ENV: 'test', CSC_API_URL: 'https://api.example.test/data' }))
    expect(off).toMatchObject({ enabled: false, host: 'api.example.test', missing: ['CSC_API_TOKEN_URL', 'CSC_API_CLIENT_ID', 'CSC_API_CLIENT_SECRET'] })
    const on = feedSettings(loadConfig({ NODE_ENV: 'test', CSC_API_URL: 'https://api.example.test/data', CSC_API_TOKEN_URL: 'https://login.example.test/token', CSC_API_CLIENT_ID: 'id', CSC_API_CLIENT_SECRET: 'secret' }))
    expect(on).toMatchObject({ enabled: true, tokenHost: 'login.example.test', missing: [] })
  })

  it('refuses plain http endpoints in production', () => {
    const env = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), SEED_SIZE: 'none', CSC_API_URL: 'http://api.example.test/data', CSC_API_TOKEN_URL: 'https://login.example.test/token' }
    expect(() => loadConfig(env)).toThrow(ConfigError)
    expect(() => loadConfig(env)).toThrow(/CSC_API_URL must use https/)
    expect(() => loadConfig({ ...env, CSC_API_URL: 'https://api.example.test/data' })).not.toThrow()
  })
})
