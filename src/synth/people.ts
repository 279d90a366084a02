/**
 * Children, their addresses and key people. A child has a 10-character ID, a UPN or a UPN-unknown
 * reason, a date of birth or expected date of birth, sex, ethnicity, disability, religion and first
 * language (ARCHITECTURE.md §8). About a quarter of new children join an existing family, so siblings
 * share a surname, an address and parents.
 */
import { newChildRef } from '../domain/children/childRef.js'
import { withCheckLetter } from '../domain/children/upn.js'
import { addMonths, type IsoDate } from '../domain/timescales/index.js'
import { daysFrom, plusDays } from './days.js'
import {
  dramaPhone,
  familyRelationships,
  inwardLetters,
  localities,
  namesByHeritage,
  professionals,
  streets,
  towns,
  type Heritage,
} from './names.js'
import type { Rng } from './random.js'
import type { AddressRow, ChildRow, KeyPersonRow } from './rows.js'
import { ageBands, disabilityWeights, ethnicityWeights } from './sizes.js'
import { heritageOf, languageOf, religionOf } from './text.js'

export type ChildState = {
  row: ChildRow
  /** Date of birth, or expected date of birth for an unborn child. */
  born: IsoDate
  /** 18th birthday: no contact or episode after it. */
  adult: IsoDate
  lastReferral: IsoDate | null
}

type Family = {
  heritage: Heritage
  ethnicity: string
  surname: string
  address: [string, string, string]
  parents: [string, string][]
}

// Weighted lists built once: the generator draws from them hundreds of thousands of times.
const townWeights = towns.map((t) => [t, t[2]] as const)
const professionalWeights = professionals.map((p) => [p, p[2]] as const)
const heritages = Object.keys(namesByHeritage) as Heritage[]
const otherRelatives = familyRelationships.slice(2)

const LA_CODE = '856' // Leicester City (research/domain.md §4.3); the UPN body starts with the LA code.

function postcode(rng: Rng): [string, string] {
  const [town, districts] = rng.weighted(townWeights)
  const letter = () => inwardLetters[rng.int(0, inwardLetters.length - 1)] as string
  return [town, `LE${rng.pick(districts)} ${rng.int(1, 9)}${letter()}${letter()}`]
}

function address(rng: Rng): [string, string, string] {
  const [town, code] = postcode(rng)
  const flat = rng.chance(0.15) ? `Flat ${rng.int(1, 24)}, ` : ''
  return [`${flat}${rng.int(1, 240)} ${rng.pick(streets)}`, town, code]
}

export function childFactory(rng: Rng, ids: Rng, today: IsoDate) {
  const rows = {
    children: [] as ChildRow[],
    childAddresses: [] as AddressRow[],
    keyPeople: [] as KeyPersonRow[],
  }
  const families: Family[] = []
  const refs = new Set<string>()

  const newFamily = (): Family => {
    const ethnicity: string = rng.weighted(ethnicityWeights)
    const heritage = rng.weighted<Heritage>(heritageOf[ethnicity] ?? [['british', 1]])
    const set = namesByHeritage[heritage]
    const surname = rng.pick(set.surnames)
    const parents: [string, string][] = [[`${rng.pick(set.female)} ${surname}`, 'Mother']]
    if (rng.chance(0.6))
      parents.push([`${rng.pick(set.male)} ${rng.chance(0.8) ? surname : rng.pick(set.surnames)}`, 'Father'])
    return { heritage, ethnicity, surname, address: address(rng), parents }
  }

  const upnFields = (dob: IsoDate | null): { upn: string | null; upnUnknownReason: string | null } => {
    const ageNow = dob ? daysFrom(dob, today) / 365.25 : -1
    if (ageNow < 3) return { upn: null, upnUnknownReason: 'UN6' }
    if (rng.chance(0.95)) {
      // DfE UPN: check letter, LA code (3), establishment number (4), year of allocation (2), serial (3).
      const year = String((Number(dob!.slice(0, 4)) + 4) % 100).padStart(2, '0')
      const body = `${LA_CODE}${rng.int(2000, 4999)}${year}${String(rng.int(1, 999)).padStart(3, '0')}`
      return { upn: withCheckLetter(body), upnUnknownReason: null }
    }
    return {
      upn: null,
      upnUnknownReason: rng.weighted([
        ['UN3', 30],
        ['UN5', 50],
        ['UN4', 20],
      ]),
    }
  }

  const addAddresses = (childId: string, family: Family, from: IsoDate): void => {
    const count = rng.weighted([
      [1, 55],
      [2, 30],
      [3, 15],
    ])
    const span = Math.max(1, daysFrom(from, today))
    const moves = Array.from({ length: count - 1 }, () => plusDays(from, rng.int(1, span))).sort()
    const starts = [from, ...moves]
    starts.forEach((start, i) => {
      const [line1, town, code] = i === count - 1 ? family.address : address(rng)
      const next = starts[i + 1]
      rows.childAddresses.push({
        id: ids.uuid(),
        childId,
        line1,
        town,
        postcode: code,
        fromDate: start,
        toDate: next ? plusDays(next, -1) : null,
      })
    })
  }

  const addKeyPeople = (childId: string, family: Family): void => {
    const count = rng.weighted([
      [1, 15],
      [2, 35],
      [3, 30],
      [4, 20],
    ])
    const set = namesByHeritage[family.heritage]
    for (let i = 0; i < count; i++) {
      const parent = family.parents[i]
      const kind = parent
        ? 'FAMILY'
        : rng.weighted([
            ['FAMILY', 35],
            ['PROFESSIONAL', 58],
            ['OTHER', 7],
          ])
      const phone = rng.chance(0.8) ? dramaPhone(rng.int(0, 999), kind !== 'PROFESSIONAL') : null
      if (kind === 'PROFESSIONAL') {
        const [relationship, org] = rng.weighted(professionalWeights)
        const organisation = /Centre|School|Academy/.test(org) ? `${rng.pick(localities)} ${org}` : org
        const other = namesByHeritage[rng.pick(heritages)]
        const name = `${rng.pick(rng.chance(0.75) ? other.female : other.male)} ${rng.pick(other.surnames)}`
        rows.keyPeople.push({ id: ids.uuid(), childId, kind, name, relationship, organisation, phone })
      } else {
        const [name, relationship] =
          parent ??
          (kind === 'OTHER'
            ? [
                `${rng.pick(set.female)} ${rng.pick(set.surnames)}`,
                rng.pick(['Family friend', 'Neighbour', 'Godparent']),
              ]
            : [
                `${rng.pick(rng.chance(0.6) ? set.female : set.male)} ${family.surname}`,
                rng.weighted(otherRelatives),
              ])
        rows.keyPeople.push({ id: ids.uuid(), childId, kind, name, relationship, organisation: null, phone })
      }
    }
  }

  /** A child first known to the council on `firstContact`. */
  function newChild(firstContact: IsoDate): ChildState {
    const sibling = families.length > 0 && rng.chance(0.25)
    const family = sibling
      ? (families[rng.int(Math.max(0, families.length - 300), families.length - 1)] as Family)
      : newFamily()
    if (!sibling) families.push(family)
    const [minAge, maxAge] = rng.weighted(ageBands)
    const unborn = minAge < 0
    const expected = unborn ? plusDays(firstContact, rng.int(30, 150)) : null
    const bornBy =
      expected && expected < today
        ? plusDays(expected, rng.int(-14, Math.min(10, daysFrom(expected, today) - 1)))
        : null
    const dob = unborn ? bornBy : plusDays(firstContact, -(rng.int(minAge, maxAge) * 365 + rng.int(1, 364)))
    const sex = unborn && !dob ? 'U' : rng.chance(0.51) ? 'M' : 'F'
    const set = namesByHeritage[family.heritage]
    const given = sex === 'U' ? 'Unborn' : rng.pick(sex === 'M' ? set.male : set.female)
    let childRef = newChildRef(() => rng.next())
    while (refs.has(childRef)) childRef = newChildRef(() => rng.next())
    refs.add(childRef)
    const id = ids.uuid()
    const row: ChildRow = {
      id,
      childRef,
      ...upnFields(dob),
      firstName: given,
      lastName: family.surname,
      otherNames: sex !== 'U' && rng.chance(0.1) ? rng.pick(sex === 'M' ? set.male : set.female) : null,
      dateOfBirth: dob,
      expectedDateOfBirth: expected,
      sex,
      ethnicity: family.ethnicity,
      disability: rng.weighted(disabilityWeights),
      religion: rng.weighted(religionOf[family.heritage]),
      firstLanguage: rng.weighted(languageOf[family.heritage]),
      restricted: rng.chance(0.002),
    }
    rows.children.push(row)
    const born = dob ?? (expected as IsoDate)
    addAddresses(id, family, born < firstContact ? born : firstContact)
    addKeyPeople(id, family)
    return { row, born, adult: addMonths(born, 18 * 12), lastReferral: null }
  }

  return { rows, newChild }
}
