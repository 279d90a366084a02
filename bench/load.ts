/**
 * One autocannon run against one path with a session cookie, with the server's RSS sampled every
 * 200 ms while it runs. autocannon's histogram has p50, p97.5 and p99 but no p95; we also keep every
 * response time from its `response` event and compute p95 from them, so both can be shown.
 */
import autocannon from 'autocannon'
import { cpuMsOf, sampleRss } from './procs.js'
import { percentile } from './stats.js'

export type LoadOptions = {
  baseUrl: string
  path: string
  cookie?: string
  connections: number
  durationS: number
  /** The server's pid, for RSS sampling. */
  pid: number
  /** Requests per second per connection (autocannon connectionRate); unset: as fast as answers come. */
  ratePerConnection?: number
}

export type LoadResult = {
  path: string
  requests: number
  rps: number
  p50: number
  /** Server CPU (user + system) per completed request, in ms: less sensitive to other load than latency. */
  cpuMsPerRequest: number
  /** Exact p95 from the per-response times. */
  p95: number
  p97_5: number
  p99: number
  max: number
  non2xx: number
  errors: number
  timeouts: number
  peakRssMb: number
  hwmMb: number
}

function run(options: autocannon.Options, onTime: (ms: number) => void): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, result: autocannon.Result) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => onTime(responseTime))
  })
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = []
  const sampler = sampleRss(options.pid, 200)
  const cpuBefore = cpuMsOf(options.pid)
  let memory = { peakMb: NaN, samples: 0, hwmMb: NaN }
  const target = {
    url: `${options.baseUrl}${options.path}`,
    connections: options.connections,
    duration: options.durationS,
    headers: options.cookie ? { cookie: options.cookie } : {},
    timeout: 30,
    ...(options.ratePerConnection ? { connectionRate: options.ratePerConnection } : {}),
  }
  const result = await run(target, (ms) => times.push(ms)).finally(() => {
    memory = sampler.stop()
  })
  const cpuMs = cpuMsOf(options.pid) - cpuBefore
  times.sort((a, b) => a - b)
  // With no completed request autocannon reports 0 ms latencies: show them as missing instead.
  const done = result.requests.total > 0
  const or = (ms: number) => (done ? ms : NaN)
  return {
    path: options.path,
    requests: result.requests.total,
    rps: result.requests.total / result.duration,
    cpuMsPerRequest: done ? cpuMs / result.requests.total : NaN,
    p50: or(result.latency.p50),
    p95: percentile(times, 95),
    p97_5: or(result.latency.p97_5),
    p99: or(result.latency.p99),
    max: or(result.latency.max),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    peakRssMb: memory.peakMb,
    hwmMb: memory.hwmMb,
  }
}
