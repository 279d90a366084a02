/** How a piece of casework happened: Cairn's own list for typed case notes. */
export const caseNoteKinds = [
  { code: 'HOME_VISIT', description: 'Home visit' },
  { code: 'SCHOOL_VISIT', description: 'Visit at school or nursery' },
  { code: 'PHONE', description: 'Phone call' },
  { code: 'VIDEO', description: 'Video call' },
  { code: 'MEETING', description: 'Meeting' },
  { code: 'DIRECT_WORK', description: 'Direct work with the child' },
  { code: 'EMAIL', description: 'Email or letter' },
  { code: 'MANAGEMENT', description: 'Management oversight' },
  { code: 'OTHER', description: 'Other' },
] as const
