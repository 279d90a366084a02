/**
 * CIN census assessment factors, collection year 2024-25,
 * written from the DfE schema (standards/liia-tools/CIN_schema_2024.xsd).
 */

/** Factors identified at the end of assessment (CIN item N00181) (XSD `assessmentfactorstype`). */
export const assessmentFactors = [
  { code: '1A', description: 'Alcohol misuse: concerns about alcohol misuse by the child' },
  { code: '1B', description: 'Alcohol misuse: concerns about alcohol misuse by the parent(s)/carer(s)' },
  { code: '1C', description: 'Alcohol misuse: concerns about alcohol misuse by another person living in the household' },
  { code: '2A', description: 'Drug misuse: concerns about drug misuse by the child' },
  { code: '2B', description: 'Drug misuse: concerns about drug misuse by the parent(s)/carer(s)' },
  { code: '2C', description: 'Drug misuse: concerns about drug misuse by another person living in the household' },
  { code: '3A', description: 'Domestic violence: concerns about the child being the subject of domestic violence' },
  { code: '3B', description: 'Domestic violence: concerns about the child’s parent(s)/carer(s) being the subject of domestic violence' },
  { code: '3C', description: 'Domestic violence: concerns about another person living in the household being the subject of domestic violence' },
  { code: '4A', description: 'Mental health: concerns about the mental health of the child' },
  { code: '4B', description: 'Mental health: concerns about the mental health of the parent(s)/carer(s)' },
  { code: '4C', description: 'Mental health: concerns about the mental health of another person in the family/household' },
  { code: '5A', description: 'Learning disability: concerns about the child’s learning disability' },
  { code: '5B', description: 'Learning disability: concerns about the parent(s)/carer(s) learning disability' },
  { code: '5C', description: 'Learning disability: concerns about another person in the family/household’s learning disability' },
  { code: '6A', description: 'Physical disability or illness: concerns about a physical disability or illness of the child' },
  { code: '6B', description: 'Physical disability or illness: concerns about a physical disability or illness of the parent(s)/carer(s)' },
  { code: '6C', description: 'Physical disability or illness: concerns about a physical disability or illness of another person in the family/household' },
  { code: '7A', description: 'Young carer: concerns that services may be required or the child’s health or development may be impaired due to their caring responsibilities' },
  { code: '8B', description: 'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to return' },
  { code: '8C', description: 'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to stay' },
  { code: '8D', description: 'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children in educational placements' },
  { code: '8E', description: 'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children making alternative family arrangements' },
  { code: '8F', description: 'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - other' },
  { code: '9A', description: 'UASC: concerns that services may be required or the child may be at risk of harm as an unaccompanied asylum-seeking child' },
  { code: '10A', description: 'Missing: concerns that services may be required or the child may be at risk of harm due to going/being missing' },
  { code: '11A', description: 'Child sexual exploitation: concerns that services may be required or the child may be at risk of harm due to child sexual exploitation' },
  { code: '12A', description: 'Trafficking: concerns that services may be required or the child may be at risk of harm due to trafficking' },
  { code: '13A', description: 'Gangs: concerns that services may be required or the child may be at risk of harm because of involvement in/with gangs' },
  { code: '14A', description: 'Socially unacceptable behaviour: concerns that services may be required or the child may be at risk due to their socially unacceptable behaviour' },
  { code: '15A', description: 'Self-harm: concerns that services may be required or due to suspected/actual self-harming child may be at risk of harm' },
  { code: '16A', description: 'Abuse or neglect – ‘NEGLECT’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect' },
  { code: '17A', description: 'Abuse or neglect – ‘EMOTIONAL ABUSE’: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect' },
  { code: '18B', description: 'Abuse or neglect – ‘PHYSICAL ABUSE’ (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child' },
  { code: '18C', description: 'Abuse or neglect – ‘PHYSICAL ABUSE’ (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult' },
  { code: '19B', description: 'Abuse or neglect – ‘SEXUAL ABUSE’ (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child' },
  { code: '19C', description: 'Abuse or neglect – ‘SEXUAL ABUSE’ (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult' },
  { code: '20', description: 'Other' },
  { code: '21', description: 'No factors identified - only use this if there is no evidence of any of the factors above and no further action is being taken' },
  { code: '22A', description: 'Female genital mutilation (FGM) - concerns that services may be required or the child may be at risk due to female genital mutilation' },
  { code: '23A', description: 'Abuse linked to faith or belief - concerns that services may be required or the child may be at risk due to abuse linked to faith or belief' },
  { code: '24A', description: 'Child criminal exploitation: concerns that services may be required or the child may be at risk of harm due to child criminal exploitation' },
] as const

/** The domestic abuse factors ("Domestic violence" in the census list): the child, a parent or carer, or another household member. */
export const domesticAbuseFactors: readonly string[] = ['3A', '3B', '3C'] satisfies readonly (typeof assessmentFactors)[number]['code'][]
