/**
 * Bench data for the SSDA903 figures (bench/ssda903Job.ts): periods of care with their changes,
 * reviews, health records, OC2 and missing episodes for `inCare` children, and OC3 for `leavers`,
 * all inside the collection year asked for. Seeded children with no care record
 * are used first; synthetic children are added when the seed has too few. Written inside the
 * job's transaction, which is rolled back, so the seeded database is left as it was.
 */
import { sql } from 'drizzle-orm'
import type { Executor } from '../src/db/executor.js'
import {
  careEpisodes, careLeaverOutcomes, carePeriods, children, claAnnualOutcomes, claReviews, healthRecords, missingEpisodes, users,
} from '../src/db/schema/index.js'
import { addDays } from '../src/domain/timescales/dates.js'

const legal = ['V2', 'C1', 'C2', 'E1']
const place = ['U1', 'U3', 'U4', 'U6', 'K2', 'R1', 'Z12']
const need = ['N1', 'N2', 'N3', 'N4', 'N5', 'N8']

async function insertChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await insert(rows.slice(i, i + 1000))
}

/** Children with no care record yet, topped up with synthetic ones to `count`. */
async function childrenFor(tx: Executor, count: number): Promise<{ id: string; dob: string }[]> {
  const rows = await tx.execute<{ id: string; dob: string | null }>(sql`select id, date_of_birth::text as dob from children c
    where date_of_birth between '2008-06-01' and '2024-01-01' and not exists (select 1 from care_periods p where p.child_id = c.id) order by child_ref limit ${count}`)
  const found = rows.rows.map((r) => ({ id: r.id, dob: r.dob ?? '2014-01-01' }))
  const extra = Array.from({ length: count - found.length }, (_, i) => ({
    childRef: `BCH${String(i).padStart(7, '0')}`, firstName: 'Bench', lastName: `Child ${i}`, sex: i % 2 ? 'M' : 'F', ethnicity: 'WBRI',
    dateOfBirth: addDays('2009-01-01', (i * 37) % 5000),
  }))
  const made: { id: string; dob: string }[] = []
  await insertChunks(extra, async (chunk) => made.push(...(await tx.insert(children).values(chunk).returning({ id: children.id, dob: children.dateOfBirth })).map((r) => ({ id: r.id, dob: r.dob! }))))
  return [...found, ...made]
}

export async function loadBenchCare(tx: Executor, yearEnding: number, inCare: number, leavers: number): Promise<{ inCare: number; leavers: number }> {
  const yearEnd = `${yearEnding}-03-31`
  const y0 = yearEnding - 1
  const [user] = await tx.select({ id: users.id }).from(users).limit(1)
  const createdBy = user!.id
  const kids = await childrenFor(tx, inCare + leavers)
  const periods: (typeof carePeriods.$inferInsert)[] = []
  const plans: { i: number; child: string; start: string; end: string | null }[] = []
  kids.forEach((k, i) => {
    if (i < inCare) {
      // Started up to about 5 years before the year end; one in five ceased during the year.
      const drawn = addDays(yearEnd, -(30 + ((i * 53) % 1800)))
      const born = addDays(k.dob, 30)
      const start = drawn < born ? born : drawn
      const ends = i % 5 === 0 ? addDays(start, 200) : null
      const end = ends && ends >= `${y0}-04-01` && ends <= yearEnd ? ends : null
      periods.push({ childId: k.id, startedOn: start, endedOn: end, reasonCeased: end ? 'E4A' : null, createdBy })
      plans.push({ i, child: k.id, start, end })
    } else {
      periods.push({ childId: k.id, startedOn: '2020-05-01', endedOn: '2024-05-01', reasonCeased: 'E11', createdBy })
    }
  })
  const ids: string[] = []
  await insertChunks(periods, async (chunk) => ids.push(...(await tx.insert(carePeriods).values(chunk).returning({ id: carePeriods.id })).map((r) => r.id)))

  const episodes: (typeof careEpisodes.$inferInsert)[] = []
  const reviews: (typeof claReviews.$inferInsert)[] = []
  const health: (typeof healthRecords.$inferInsert)[] = []
  const outcomes: (typeof claAnnualOutcomes.$inferInsert)[] = []
  const missing: (typeof missingEpisodes.$inferInsert)[] = []
  const oc3: (typeof careLeaverOutcomes.$inferInsert)[] = []
  periods.forEach((p, i) => {
    const periodId = ids[i]!
    const common = { periodId, childId: p.childId, categoryOfNeed: need[i % need.length]!, placementProvider: 'PR1', homePostcode: 'LE2 2BB', placementPostcode: 'LE1 1AA', createdBy }
    const last = p.endedOn ?? yearEnd
    episodes.push({ ...common, startsOn: p.startedOn, change: 'START', legalStatus: legal[i % 2]!, placementType: place[i % place.length]!, placementEndReason: 'CARPL' })
    // A move after 90 days and a care order after 200 days, when the period lasts that long.
    if (addDays(p.startedOn, 90) < last) episodes.push({ ...common, startsOn: addDays(p.startedOn, 90), change: 'PLACEMENT', legalStatus: legal[i % 2]!, placementType: place[(i + 1) % place.length]! })
    if (addDays(p.startedOn, 200) < last) episodes.push({ ...common, startsOn: addDays(p.startedOn, 200), change: 'LEGAL_STATUS', legalStatus: 'C2', placementType: place[(i + 1) % place.length]! })
    if (i >= inCare) {
      oc3.push({ childId: p.childId, collectionYear: yearEnding, inTouch: 'YES', activity: 'F2', accommodation: 'B1', createdBy })
      return
    }
    reviews.push({ childId: p.childId, periodId, heldOn: addDays(`${y0}-04-01`, (i * 7) % 150), participation: 'PN1', createdBy })
    reviews.push({ childId: p.childId, periodId, heldOn: addDays(`${y0}-10-01`, (i * 7) % 150), participation: 'PN3', createdBy })
    if (i % 4 === 0) missing.push({ childId: p.childId, kind: 'M', startedAt: new Date(`${addDays(`${y0}-05-01`, i % 300)}T21:00:00Z`), endedAt: new Date(`${addDays(`${y0}-05-02`, i % 300)}T09:00:00Z`), createdBy })
    if (p.startedOn <= `${y0}-03-31` && !p.endedOn) {
      outcomes.push({ childId: p.childId, collectionYear: yearEnding, convicted: '0', substanceMisuse: '0', createdBy })
      health.push({ childId: p.childId, kind: 'REVIEW_HEALTH_ASSESSMENT', doneOn: addDays(`${y0}-06-01`, i % 200), createdBy })
      health.push({ childId: p.childId, kind: 'DENTAL', doneOn: addDays(`${y0}-07-01`, i % 200), createdBy })
      health.push({ childId: p.childId, kind: 'SDQ', doneOn: addDays(`${y0}-08-01`, i % 200), sdqScore: i % 40, createdBy })
    }
  })
  await insertChunks(episodes, (c) => tx.insert(careEpisodes).values(c))
  await insertChunks(reviews, (c) => tx.insert(claReviews).values(c))
  await insertChunks(health, (c) => tx.insert(healthRecords).values(c))
  await insertChunks(outcomes, (c) => tx.insert(claAnnualOutcomes).values(c))
  await insertChunks(missing, (c) => tx.insert(missingEpisodes).values(c))
  await insertChunks(oc3, (c) => tx.insert(careLeaverOutcomes).values(c))
  return { inCare, leavers }
}
