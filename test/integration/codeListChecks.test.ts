import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { roleCodes } from '../../src/access/roles.js'
import { abuseCategories, assessmentFactors, assessmentOutcomes, closureReasons, conferenceKinds, s47Outcomes, strategyAgencies, strategyDecisions, codesOf, contactDecisions, disabilities, ethnicities, keyPersonKinds, primaryNeeds, referralSources, sexes, upnUnknownReasons } from '../../src/domain/codeLists/index.js'
import type { Database } from '../../src/db/client.js'
import { openTestDatabase } from '../db.js'
import { engines } from '../engines.js'

/** Code lists are `as const` arrays mirrored by CHECK constraints (ARCHITECTURE.md §6.7): they must agree. */
const mirrored: Record<string, readonly string[]> = {
  users_role_check: roleCodes,
  children_sex_check: codesOf(sexes),
  children_ethnicity_check: codesOf(ethnicities),
  children_disability_check: codesOf(disabilities),
  children_upn_reason_check: codesOf(upnUnknownReasons),
  key_people_kind_check: codesOf(keyPersonKinds),
  contacts_source_check: codesOf(referralSources),
  contacts_decision_check: codesOf(contactDecisions),
  referrals_source_check: codesOf(referralSources),
  referrals_need_check: codesOf(primaryNeeds),
  assessments_factors_check: codesOf(assessmentFactors),
  assessments_outcome_check: codesOf(assessmentOutcomes),
  strategy_discussions_agencies_check: codesOf(strategyAgencies),
  strategy_discussions_decision_check: codesOf(strategyDecisions),
  s47_enquiries_outcome_check: codesOf(s47Outcomes),
  cp_conferences_kind_check: codesOf(conferenceKinds),
  cp_plans_initial_category_check: codesOf(abuseCategories),
  cp_plans_latest_category_check: codesOf(abuseCategories),
  cin_closures_reason_check: codesOf(closureReasons),
}

describe.each(engines())('code lists and CHECK constraints on %s', (engine) => {
  let database: Database
  beforeAll(async () => {
    database = await openTestDatabase(engine)
  })
  afterAll(() => database.close())

  it.each(Object.entries(mirrored))('%s allows exactly the codes in its list', async (name, codes) => {
    const result = await database.db.execute<{ def: string }>(sql`select pg_get_constraintdef(oid) as def from pg_constraint where conname = ${name}`)
    const def = result.rows[0]?.def ?? ''
    const inDatabase = [...def.matchAll(/'([^']*)'/g)].map((m) => m[1]).sort()
    expect(inDatabase).toEqual([...codes].sort())
  })

  it('refuses a code that is not in the list', async () => {
    await expect(database.db.execute(sql`insert into children (child_ref, first_name, last_name, sex, ethnicity, date_of_birth) values ('BADCODE001', 'A', 'B', 'X', 'WBRI', '2015-01-01')`)).rejects.toMatchObject({ cause: { message: expect.stringMatching(/children_sex_check/) } })
  })
})
