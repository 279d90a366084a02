/**
 * Test-only: a local fake DfE endpoint (token URL and data URL) served by the test itself, and the
 * records behind the feed: many children with an open episode, and one fully recorded child.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  assessments, careEpisodes, carePeriods, childAddresses, children, cinEpisodes, cpConferences, cpPlans, healthRecords, plans, referrals, s47Enquiries, staffProfiles,
  strategyDiscussions, uascStatuses,
} from '../../db/schema/index.js'
import type { TestContext } from '../../../test/harness.js'

export type Answer = { status: number; body?: string; headers?: Record<string, string> }
/** A fixed answer, a dropped connection, or an answer worked out from the POSTed body. */
export type Scripted = Answer | 'drop' | ((body: string) => Answer)
export type Recorded = { path: string; headers: IncomingMessage['headers']; body: string }

export type FakeEndpoint = {
  readonly base: string
  readonly requests: Recorded[]
  /** Answers for the next data POSTs, in order; afterwards every POST is accepted. */
  readonly script: Scripted[]
  readonly tokenScript: Scripted[]
  tokensIssued: number
  dataPosts(): Recorded[]
  tokenPosts(): Recorded[]
  close(): Promise<void>
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
  })

export async function startFakeEndpoint(): Promise<FakeEndpoint> {
  const fake: Omit<FakeEndpoint, 'base' | 'close'> = {
    requests: [],
    script: [],
    tokenScript: [],
    tokensIssued: 0,
    dataPosts: () => fake.requests.filter((r) => r.path === '/data'),
    tokenPosts: () => fake.requests.filter((r) => r.path === '/token'),
  }
  const server: Server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const path = req.url ?? ''
      fake.requests.push({ path, headers: req.headers, body })
      const next = path === '/token' ? fake.tokenScript.shift() : path === '/data' ? fake.script.shift() : { status: 404, body: 'not found' }
      const step = typeof next === 'function' ? next(body) : next
      if (step === 'drop') return req.socket.destroy()
      if (step) {
        res.writeHead(step.status, { 'content-type': 'application/json', ...step.headers })
        return res.end(step.body ?? '')
      }
      res.writeHead(200, { 'content-type': 'application/json' })
      if (path === '/token') {
        fake.tokensIssued++
        return res.end(JSON.stringify({ access_token: `token-${fake.tokensIssued}`, token_type: 'Bearer', expires_in: 3600 }))
      }
      return res.end(JSON.stringify(receipts(body, fake.requests.length)))
    })
  })
  // Idle keep-alive sockets stay open longer than any pause between tests, so a reused socket is
  // never closed under a request (which the sender would rightly count as a network failure).
  server.keepAliveTimeout = 120_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return Object.assign(fake, {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  })
}

/** The DfE receiver's answer to a batch: one receipt per record, in order. */
export const receipts = (body: string, seq = 0) => (JSON.parse(body) as unknown[]).map((_, i) => `2026-11-25_10:00:00.000_receipt-${seq}-${i}`)

export const feedEnv = (base: string) => ({
  CSC_API_URL: `${base}/data`,
  CSC_API_TOKEN_URL: `${base}/token`,
  CSC_API_CLIENT_ID: 'test-client',
  CSC_API_CLIENT_SECRET: 'test-secret-never-shown',
  CSC_API_SCOPE: 'api://test/.default',
})

/** `count` children, each with an open CIN episode and its referral: three bulk inserts. */
export async function insertManyChildren(ctx: TestContext, count: number) {
  const db = ctx.database.db
  const rows = Array.from({ length: count }, (_, i) => ({ childRef: `CSC${String(i + 1).padStart(6, '0')}`, firstName: 'Synthetic', lastName: `Child${i + 1}`, sex: i % 2 ? 'M' : 'F', ethnicity: 'WBRI', dateOfBirth: '2014-06-01', upnUnknownReason: 'UN2' }))
  const made = await db.insert(children).values(rows).returning({ id: children.id, childRef: children.childRef })
  const episodes = await db.insert(cinEpisodes).values(made.map((c) => ({ childId: c.id, startDate: '2026-02-02' }))).returning({ id: cinEpisodes.id, childId: cinEpisodes.childId })
  await db.insert(referrals).values(episodes.map((e) => ({ childId: e.childId, cinEpisodeId: e.id, referralDate: '2026-02-02', source: '2A', primaryNeed: 'N1', isReReferral: false })))
  return made
}

/** The own fixture child, recorded in every block the payload carries. */
export async function recordFullChild(ctx: TestContext) {
  const db = ctx.database.db
  const { child, user } = ctx.fixtures
  const childId = child.own.id
  const createdBy = user.team_manager.id
  await db.insert(childAddresses).values({ childId, line1: '1 Test Street', postcode: 'LE1 1AA', fromDate: '2020-01-01' })
  await db.insert(uascStatuses).values({ childId, startedOn: '2025-06-10', ceasedOn: '2026-03-01', createdBy })
  await db.insert(staffProfiles).values({ userId: user.social_worker.id, startedOn: '2020-01-01', socialWorkEnglandNumber: 'SW123456' })
  const [episode] = await db.insert(cinEpisodes).values({ childId, startDate: '2026-01-05' }).returning()
  const cinEpisodeId = episode!.id
  const [referral] = await db.insert(referrals).values({ childId, cinEpisodeId, referralDate: '2026-01-05', source: '3A', primaryNeed: 'N1', isReReferral: false }).returning()
  const [assessment] = await db.insert(assessments).values({ childId, cinEpisodeId, createdBy, referralId: referral!.id, startDate: '2026-01-06', factors: ['3B', '1C'], authorisedBy: createdBy, authorisedOn: '2026-02-20' }).returning()
  const [strategy] = await db.insert(strategyDiscussions).values({ childId, cinEpisodeId, createdBy, heldOn: '2026-01-07', agencies: ['POLICE'], decision: 'S47' }).returning()
  const [s47] = await db.insert(s47Enquiries).values({ childId, cinEpisodeId, createdBy, strategyDiscussionId: strategy!.id, startDate: '2026-01-07', icpcTargetOn: '2026-01-28', outcome: 'SUBSTANTIATED' }).returning()
  const [icpc] = await db.insert(cpConferences).values({ childId, cinEpisodeId, createdBy, kind: 'ICPC', s47EnquiryId: s47!.id, heldOn: '2026-01-27', chairId: createdBy, attendance: 'Parents', childViews: 'Seen', viewsGatheredHow: 'Visit' }).returning()
  const [cp] = await db.insert(cpPlans).values({ childId, cinEpisodeId, createdBy, icpcId: icpc!.id, startDate: '2026-01-27', initialCategory: 'NEG', latestCategory: 'NEG', endDate: '2026-06-30', endReason: 'CIN_PLAN' }).returning()
  const [cinPlan] = await db.insert(plans).values({ childId, cinEpisodeId, kind: 'CIN', startDate: '2026-07-01', createdBy }).returning()
  const [period] = await db.insert(carePeriods).values({ childId, startedOn: '2026-03-10', createdBy }).returning()
  const base = { periodId: period!.id, childId, sameCarers: false, categoryOfNeed: 'N1', placementProvider: 'PR1', homePostcode: 'LE2 2BB', createdBy }
  const placed = await db
    .insert(careEpisodes)
    .values([
      { ...base, startsOn: '2026-03-10', change: 'START', legalStatus: 'V2', placementType: 'U6', placementPostcode: 'LE3 3CC' },
      { ...base, startsOn: '2026-04-20', change: 'LEGAL_STATUS', legalStatus: 'C1', placementType: 'U6', placementPostcode: 'LE3 3CC', placementEndReason: 'CARPL' },
      { ...base, startsOn: '2026-08-03', change: 'PLACEMENT', legalStatus: 'C1', placementType: 'U3', placementPostcode: 'LE4 4DD' },
    ])
    .returning({ id: careEpisodes.id, startsOn: careEpisodes.startsOn })
  await db.insert(healthRecords).values({ childId, kind: 'SDQ', doneOn: '2026-09-01', sdqScore: 17, createdBy })
  const placementIds = placed.sort((a, b) => a.startsOn.localeCompare(b.startsOn)).map((p) => p.id)
  return { cinEpisodeId, assessmentId: assessment!.id, s47Id: s47!.id, cpPlanId: cp!.id, cinPlanId: cinPlan!.id, placementIds }
}
