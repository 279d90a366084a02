/**
 * Fixed content for the synthetic case records (caseRecords.ts): who attended a core group and what
 * it found, why police protection or an emergency protection order was needed (Children Act 1989
 * s46, s44), and the words of visit notes and other case notes. All invented.
 */
export const attendance = [
  'Mum, social worker, class teacher, health visitor.',
  'Both parents, social worker, school designated safeguarding lead, school nurse.',
  'Mum, maternal grandmother, social worker, family support worker, GP (report sent).',
  'Dad, social worker, nursery manager, health visitor; mum sent apologies.',
  'Parents, social worker, substance misuse worker, school designated safeguarding lead.',
  'Mum, social worker, domestic abuse advocate, class teacher, police (report sent).',
]
export const coreGroupSummaries = [
  'Plan reviewed action by action; most on track. Next core group booked.',
  'School attendance improved; home conditions still a concern. Two actions added.',
  'Parents engaging with services; the child reports feeling safer at home.',
  'Limited progress; the parents missed two appointments. Concerns to go to the review conference.',
  'Child’s views shared from direct work; the group agreed the safety plan still fits.',
]
export type OrderKind = 'POLICE_PROTECTION' | 'EPO'
export const orderReasons: Record<OrderKind, readonly string[]> = {
  POLICE_PROTECTION: [
    'Police attended a domestic incident and found the children alone with an intoxicated parent.',
    'Child found in a property linked to exploitation; removed to a place of safety overnight.',
    'Parent threatened to harm the child during a mental health crisis; child removed by police.',
  ],
  EPO: [
    'Serious non-accidental injury to an infant; parents refused to agree to the child staying in hospital.',
    'Parent intended to remove the child from the area while s47 enquiries were under way.',
    'Access to the child repeatedly refused and there was reasonable cause to believe the child was at immediate risk.',
  ],
}
export const visitSummaries = {
  alone: [
    'Statutory home visit. Child seen alone in their bedroom and spoke about school and home.',
    'Statutory home visit. Child seen alone; showed me their room and talked about friends.',
  ],
  seen: [
    'Statutory home visit. Child seen with a parent present; home conditions adequate.',
    'Statutory home visit. Child seen with siblings; spoke about the plan with the family.',
  ],
  unseen: [
    'Statutory home visit. Parents present; the child was out, so not seen. Visit to be rebooked.',
    'Statutory home visit. No answer at the door; card left and a further visit arranged.',
  ],
}
export type OtherKind = 'PHONE' | 'MEETING' | 'DIRECT_WORK'
export const otherNotes: Record<OtherKind, readonly string[]> = {
  PHONE: [
    'Call with mum: appointments for the week confirmed; no new concerns raised.',
    'Call from school: attendance this week 100%; the child settled in class.',
    'Call with the health visitor: growth and development on track.',
    'Call with dad about contact arrangements; agreed to meet next week.',
  ],
  MEETING: [
    'Team around the family meeting at school; actions shared and agreed.',
    'Meeting with the parents and the family support worker to go through the plan.',
    'Professionals meeting with health and education about missed appointments.',
  ],
  DIRECT_WORK: [
    'Direct work: three houses worksheet completed; the child’s views recorded for the plan.',
    'Direct work: worries and wishes session; the child named a trusted adult at school.',
    'Direct work: life story session about family and identity.',
  ],
}
