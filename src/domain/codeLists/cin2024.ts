/**
 * Code lists of the CIN census, collection year 2024-25, written from the DfE schema
 * (standards/liia-tools/CIN_schema_2024.xsd). A later year adds a sibling file.
 */
export const collectionYear = '2024-25'

/** Cairn records sex as M/F/U; the census maps it to 1/2/0 (CIN item N00097). */
export const sexes = [
  { code: 'M', description: 'Male' },
  { code: 'F', description: 'Female' },
  { code: 'U', description: 'Not known or unborn' },
] as const

export const ethnicities = [
  { code: 'WBRI', description: 'White British' },
  { code: 'WIRI', description: 'White Irish' },
  { code: 'WIRT', description: 'Traveller of Irish heritage' },
  { code: 'WOTH', description: 'Any other White background' },
  { code: 'WROM', description: 'Gypsy/Roma' },
  { code: 'MWBC', description: 'White and Black Caribbean' },
  { code: 'MWBA', description: 'White and Black African' },
  { code: 'MWAS', description: 'White and Asian' },
  { code: 'MOTH', description: 'Any other mixed background' },
  { code: 'AIND', description: 'Indian' },
  { code: 'APKN', description: 'Pakistani' },
  { code: 'ABAN', description: 'Bangladeshi' },
  { code: 'AOTH', description: 'Any other Asian background' },
  { code: 'BCRB', description: 'Caribbean' },
  { code: 'BAFR', description: 'African' },
  { code: 'BOTH', description: 'Any other Black background' },
  { code: 'CHNE', description: 'Chinese' },
  { code: 'OOTH', description: 'Any other ethnic group' },
  { code: 'REFU', description: 'Refused' },
  { code: 'NOBT', description: 'Information not yet obtained' },
] as const

export const disabilities = [
  { code: 'NONE', description: 'No disability' },
  { code: 'MOB', description: 'Mobility' },
  { code: 'HAND', description: 'Hand function' },
  { code: 'PC', description: 'Personal care' },
  { code: 'INC', description: 'Incontinence' },
  { code: 'COMM', description: 'Communication' },
  { code: 'LD', description: 'Learning' },
  { code: 'HEAR', description: 'Hearing' },
  { code: 'VIS', description: 'Vision' },
  { code: 'BEH', description: 'Behaviour' },
  { code: 'CON', description: 'Consciousness' },
  { code: 'AUT', description: 'Autism' },
  { code: 'DDA', description: 'Other' },
] as const

export const upnUnknownReasons = [
  { code: 'UN1', description: 'Child is now ceased to be looked after or in need, UPN not known' },
  { code: 'UN2', description: 'Child has never attended school or early years setting' },
  { code: 'UN3', description: 'Child is not attending school and UPN is not known' },
  { code: 'UN4', description: 'Child is unaccompanied asylum seeker or new arrival; UPN not yet obtained' },
  { code: 'UN5', description: 'Sources collating UPNs reflect a discrepancy or UPN not yet obtained' },
  { code: 'UN6', description: 'Child is aged under 6 and has not been allocated a UPN' },
  { code: 'UN7', description: 'Child is aged 18 or over' },
] as const

export const referralSources = [
  { code: '1A', description: 'Individual: family member, relative or carer' },
  { code: '1B', description: 'Individual: acquaintance (including neighbours and child minders)' },
  { code: '1C', description: 'Individual: self' },
  { code: '1D', description: 'Individual: other (including strangers)' },
  { code: '2A', description: 'Schools' },
  { code: '2B', description: 'Education services' },
  { code: '3A', description: 'Health services: GP' },
  { code: '3B', description: 'Health services: health visitor' },
  { code: '3C', description: 'Health services: school nurse' },
  { code: '3D', description: 'Health services: other primary health services' },
  { code: '3E', description: 'Health services: A&E' },
  { code: '3F', description: 'Health services: other' },
  { code: '4', description: 'Housing' },
  { code: '5A', description: 'LA services: social care' },
  { code: '5B', description: 'LA services: other internal' },
  { code: '5C', description: 'LA services: external' },
  { code: '5D', description: 'LA services: early help' },
  { code: '6', description: 'Police' },
  { code: '7', description: 'Other legal agency' },
  { code: '8', description: 'Other' },
  { code: '9', description: 'Anonymous' },
  { code: '10', description: 'Unknown' },
] as const

export const primaryNeeds = [
  { code: 'N1', description: 'Abuse or neglect' },
  { code: 'N2', description: 'Child’s disability or illness' },
  { code: 'N3', description: 'Parental disability or illness' },
  { code: 'N4', description: 'Family in acute stress' },
  { code: 'N5', description: 'Family dysfunction' },
  { code: 'N6', description: 'Socially unacceptable behaviour' },
  { code: 'N7', description: 'Low income' },
  { code: 'N8', description: 'Absent parenting' },
  { code: 'N9', description: 'Cases other than children in need' },
  { code: 'N0', description: 'Not stated' },
] as const
