/**
 * The Ofsted ILACS Annex A workbook, Lists 1 to 11 (research/standards.md §3): each list's sheet
 * name, its exact column headings in the current column set, the look-back it covers, and the field
 * of the query row each column shows. Headings follow the liia-tools Annex A spec
 * (standards/liia-tools/annex-a-merge.yml); List 9 carries the current set's extra columns (UASC,
 * personal adviser, latest pathway plan and latest contact) from the SSD Annex A script. The SQL
 * that selects each list's rows is in src/features/annex-a/lists/, keyed by the same id.
 */
import { allocated, col, disability, person, personWithDisability, yn, type AnnexAColumn } from './columns.js'
import * as c from './codes.js'

export type AnnexAListId = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11
export type AnnexAList = {
  readonly id: AnnexAListId
  readonly sheet: string
  readonly title: string
  /** What Ofsted asks for, in our words. */
  readonly scope: string
  /** 'window' uses the chosen look-back; 12 means the list always looks back 12 months. */
  readonly lookBack: 'window' | 12
  readonly columns: readonly AnnexAColumn[]
}

export const annexALists: readonly AnnexAList[] = [
  {
    id: 1,
    sheet: 'List 1',
    title: 'Contacts',
    lookBack: 'window',
    scope: 'Every contact received in the window, one row per child in the contact.',
    columns: [
      ...person,
      col('Date of Contact', 'contactDate', 'date'),
      col('Contact Source', 'source', 'text', { labels: c.sourceLabels }),
    ],
  },
  {
    id: 2,
    sheet: 'List 2',
    title: 'Early help assessments',
    lookBack: 'window',
    scope: 'Every early help assessment started in the window, with its completion date if completed by the window’s end.',
    columns: [
      ...person,
      col('Assessment start date', 'startDate', 'date'),
      col('Assessment completion date', 'completedDate', 'date'),
      col('Organisation completing assessment', 'organisation'),
    ],
  },
  {
    id: 3,
    sheet: 'List 3',
    title: 'Referrals',
    lookBack: 'window',
    scope: 'Every referral with a referral date in the window; a child appears once per referral.',
    columns: [
      ...person,
      col('Date of Referral', 'referralDate', 'date'),
      col('Referral Source', 'source', 'text', { labels: c.sourceLabels }),
      yn('Referral NFA?', 'nfa'),
      col('Number of Referrals in Last 12 Months', 'referrals12m', 'int'),
      ...allocated,
    ],
  },
  {
    id: 4,
    sheet: 'List 4',
    title: 'Assessments',
    lookBack: 'window',
    scope:
      'Every child and family assessment open at any time in the window: started by its last day and not authorised before its first.',
    columns: [
      ...personWithDisability,
      col('Continuous Assessment Start Date', 'startDate', 'date'),
      yn('Child Seen During Continuous Assessment', 'childSeen'),
      col('Continuous Assessment Date of Authorisation', 'authorisedOn', 'date'),
      yn("Was the child assessed as requiring LA children's social care support?", 'needsSupport'),
      ...allocated,
    ],
  },
  {
    id: 5,
    sheet: 'List 5',
    title: 'Section 47 enquiries and ICPCs',
    lookBack: 'window',
    scope: 'Every section 47 enquiry started in the window, with the initial conference that followed it.',
    columns: [
      ...personWithDisability,
      col('Strategy discussion initiating Section 47 Enquiry Start Date', 'strategyOn', 'date'),
      yn('Was an Initial Child Protection Conference deemed unnecessary?', 'icpcUnnecessary'),
      col('Date of Initial Child Protection Conference', 'icpcOn', 'date'),
      yn('Did the Initial Child Protection Conference Result in a Child Protection Plan', 'icpcPlan'),
      col('Number of Section 47 Enquiries in the last 12 months', 's47s12m', 'int'),
      col('Number of ICPCs in the last 12 months', 'icpcs12m', 'int'),
      ...allocated,
    ],
  },
  {
    id: 6,
    sheet: 'List 6',
    title: 'Children in need',
    lookBack: 'window',
    scope:
      'Every child-in-need episode open at any time in the window, with the case status on its last day.',
    columns: [
      ...personWithDisability,
      col('CIN Start Date', 'startDate', 'date'),
      col('Primary Need Code', 'primaryNeed', 'text', { labels: c.needLabels }),
      col('Date Child Was Last Seen', 'lastSeen', 'date'),
      col('CIN Closure Date', 'closedOn', 'date'),
      col('Reason for Closure', 'closureReason', 'text', { labels: c.closureLabels }),
      col('Case Status', 'caseStatus'),
      ...allocated,
    ],
  },
  {
    id: 7,
    sheet: 'List 7',
    title: 'Child protection',
    lookBack: 'window',
    scope: 'Every child protection plan open at any time in the window.',
    columns: [
      ...personWithDisability,
      col('Child Protection Plan Start Date', 'startDate', 'date'),
      col('Initial Category of Abuse', 'initialCategory', 'text', { labels: c.abuseLabels }),
      col('Latest Category of Abuse', 'latestCategory', 'text', { labels: c.abuseLabels }),
      col('Date of the Last Statutory Visit', 'lastVisit', 'date'),
      yn('Was the Child Seen Alone?', 'seenAlone'),
      col('Date of latest review conference', 'lastReview', 'date'),
      col('Child Protection Plan End Date', 'endDate', 'date'),
      yn(
        'Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)',
        'protectiveOrder6m',
      ),
      col('Number of Previous Child Protection Plans', 'previousPlans', 'int'),
      ...allocated,
    ],
  },
  {
    id: 8,
    sheet: 'List 8',
    title: 'Children in care',
    lookBack: 'window',
    scope:
      'Every child looked after at any time in the window (one row per period of care), except children whose care is only a series of short breaks (V3, V4).',
    columns: [
      ...person,
      yn('Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)', 'uasc12m'),
      disability,
      col('Date Started to be Looked After', 'startedOn', 'date'),
      col("Child's Category of Need", 'categoryOfNeed', 'text', { labels: c.needLabels }),
      yn(
        'Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)',
        'secondPeriod12m',
      ),
      col('Start date of current legal status', 'legalStatusSince', 'date'),
      col("Child's Legal Status", 'legalStatus', 'text', { labels: c.legalStatusLabels }),
      col('Date of Latest Statutory Review', 'lastReview', 'date'),
      col('Date of Last Social Work Visit', 'lastVisit', 'date'),
      col('What is the permanence plan for this child?', 'permanencePlan', 'text', {
        labels: c.permanenceLabels,
      }),
      col('Date of Last IRO Visit / Contact to the Child', 'lastIroContact', 'date'),
      col('Date of Last Health Assessment', 'lastHealth', 'date'),
      col('Date of Last Dental Check', 'lastDental', 'date'),
      col('Number of Placements in the Last 12 months', 'placements12m', 'int'),
      col('Date Ceased to be Looked After', 'ceasedOn', 'date'),
      col('Reason Ceased to be Looked After', 'reasonCeased', 'text', { labels: c.ceasedLabels }),
      col('Start Date of Most Recent Placement', 'placementSince', 'date'),
      col('Placement Type', 'placementType', 'text', { labels: c.placementTypeLabels }),
      col('Placement Provider', 'provider', 'text', { labels: c.providerLabels }),
      col('Placement postcode', 'postcode'),
      col('URN of Placement', 'urn'),
      col('Placement Location', 'location'),
      col('LA of Placement', 'laOfPlacement'),
      col(
        "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
        'missing12m',
        'int',
      ),
      col(
        "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
        'absent12m',
        'int',
      ),
      yn('Was the child offered a Return Interview after their last missing episode (Y/N)?', 'rhiOffered'),
      yn('Did the child accept a Return Interview after their last missing episode (Y/N)?', 'rhiAccepted'),
      ...allocated,
    ],
  },
  {
    id: 9,
    sheet: 'List 9',
    title: 'Leaving care services',
    lookBack: 'window',
    scope:
      'Every young person entitled to leaving care services on the window’s last day (relevant, former relevant, qualifying and eligible), up to 25.',
    columns: [
      ...person,
      yn('Unaccompanied Asylum Seeking Child (UASC)', 'uasc'),
      disability,
      ...allocated,
      col('Allocated Personal Adviser', 'adviserName'),
      col('Eligibility Category', 'eligibility', 'text', { labels: c.eligibilityLabels }),
      col('Date of Latest Pathway Plan', 'pathwayPlanOn', 'date'),
      col('LA in Touch', 'inTouch', 'text', { labels: c.inTouchLabels }),
      col('Date of Latest Contact', 'lastContact', 'date'),
      col('Type of Accommodation', 'accommodation', 'text', { labels: c.accommodationLabels }),
      col('Suitability of Accommodation', 'suitability', 'text', { labels: c.suitabilityLabels }),
      col('Activity Status', 'activity', 'text', { labels: c.activityLabels }),
    ],
  },
  {
    id: 10,
    sheet: 'List 10',
    title: 'Adoption',
    lookBack: 12,
    scope:
      'Every child with a decision that they should be placed for adoption who, in the 12 months, was adopted, had the decision reversed, or is still waiting.',
    columns: [
      col('Child Unique ID', 'childRef'),
      col('Family identifier', 'familyId'),
      ...person.slice(1),
      disability,
      col('Date the Child Entered Care', 'enteredCare', 'date'),
      col('Date of Decision that Child Should be Placed for Adoption', 'decidedOn', 'date'),
      col('Date of Placement Order', 'placementOrderOn', 'date'),
      col('Date of Matching Child and Prospective Adopters', 'matchedOn', 'date'),
      col('Date Placed for Adoption', 'placedOn', 'date'),
      col('Date of Adoption Order', 'adoptionOrderOn', 'date'),
      col('Date of Decision that Child Should No Longer be Placed for Adoption', 'reversedOn', 'date'),
      col('Reason Why Child No Longer Placed for Adoption', 'reversalReason', 'text', {
        labels: c.reversalLabels,
      }),
      col('Date the child was placed for fostering in FFA or concurrent planning placement', 'ffaOn', 'date'),
    ],
  },
  {
    id: 11,
    sheet: 'List 11',
    title: 'Adopters',
    lookBack: 12,
    scope: 'Every prospective adopter in touch with the adoption agency in the 12 months.',
    columns: [
      col('Individual adopter identifier', 'reference'),
      col('Family identifier', 'household'),
      col('Gender', 'gender'),
      col('Ethnicity', 'ethnicity'),
      col('Disability', 'disability'),
      yn('Is the (prospective) adopter fostering for adoption?', 'fostering'),
      col('Date enquiry received', 'enquiryOn', 'date'),
      col('Date Stage 1 started', 'stageOneOn', 'date'),
      col('Date Stage 1 ended', 'stageOneEndedOn', 'date'),
      col('Date Stage 2 started', 'stageTwoOn', 'date'),
      col('Date Stage 2 ended', 'stageTwoEndedOn', 'date'),
      col('Date application submitted', 'appliedOn', 'date'),
      col('Date application approved', 'approvedOn', 'date'),
      col('Date adopter matched with child(ren)', 'matchedOn', 'date'),
      col('Date child/children placed with adopter(s)', 'placedOn', 'date'),
      col('No. of children placed', 'childrenPlaced', 'int'),
      col('Date of Adoption Order', 'adoptionOrderOn', 'date'),
      col('Date of leaving adoption process', 'leftOn', 'date'),
      col('Reason for leaving adoption process', 'leftReason'),
    ],
  },
]

/** A query row: fields named as the list's columns, plus any helper fields (prefixed _) the export leaves out. */
export type AnnexARow = Record<string, string | number | boolean | null>
