/**
 * People, roles and organisations that can own a next step ("The school nurse will...", "Social worker to visit").
 * Names from the referral itself (the referrer, household, children) are added by the rule.
 */
export const OWNER_ROLES: string[] = [
  'I', 'we', 'me', 'us', 'you', 'he', 'she', 'they', 'myself', 'ourselves',
  'mum', 'mummy', 'mother', 'dad', 'daddy', 'father', 'parent', 'parents', 'carer', 'carers', 'stepmum', 'stepdad',
  'step-mum', 'step-dad', 'partner', 'grandmother', 'grandfather', 'grandma', 'grandad', 'granddad', 'nan', 'nana',
  'nanna', 'gran', 'granny', 'grandparent', 'grandparents', 'aunt', 'auntie', 'aunty', 'uncle', 'sister', 'brother',
  'family', 'friend', 'neighbour', 'foster carer', 'foster carers', 'kinship carer', 'special guardian',
  'school', 'nursery', 'college', 'academy', 'teacher', 'class teacher', 'form tutor', 'tutor', 'head teacher',
  'headteacher', 'head', 'deputy head', 'head of year', 'pastoral lead', 'pastoral team', 'pastoral worker',
  'learning mentor', 'mentor', 'teaching assistant', 'SENCO', 'SENDCo', 'DSL', 'DDSL', 'designated safeguarding lead',
  'safeguarding lead', 'safeguarding team', 'attendance officer', 'education welfare officer', 'EWO',
  'health visitor', 'HV', 'school nurse', 'nurse', 'midwife', 'GP', 'doctor', 'paediatrician', 'dentist',
  'CAMHS', 'therapist', 'counsellor', 'psychologist', 'health', 'hospital',
  'social worker', 'SW', 'social care', "children's services", "children's social care", 'First Contact', 'MASH',
  'front door', 'duty team', 'duty worker', 'early help', 'early help worker', 'early help team', 'family support worker',
  'family worker', 'support worker', 'key worker', 'keyworker', 'practitioner', 'worker', 'team', 'council',
  'local authority', 'police', 'officer', 'PCSO', 'housing', 'housing officer', 'landlord', 'youth worker',
  'youth offending team', 'YOT', 'probation', 'IDVA', 'refuge', "women's aid", 'agency', 'service',
  'independent reviewing officer', 'IRO', 'virtual school', 'residential worker', 'manager',
];

/** A subject followed by one of these is doing the next step ("will send", "to visit", "is arranging"). */
export const OWNER_ACTION =
  "(?:will|'ll|’ll|shall|(?:is|are|am) going to|(?:has|have) agreed to|agreed to|(?:has|have) offered to|offered to|plans to|intends to|is to|are to|to|can|could|should|must|needs? to|would|(?:has|have) (?:already )?\\w+ed|(?:is|are|am) \\w+ing)";

/** Strong enough to make an unknown capitalised word at the start a person ("Jean will..."), unlike "Refer to...". */
export const STRONG_OWNER_ACTION =
  "(?:will|'ll|’ll|shall|(?:is|are) going to|(?:has|have) agreed to|agreed to|(?:has|have) offered to|offered to|plans to|intends to|has already \\w+ed)";

/** Capitalised words that start a next step but are things to be done, not people ("Visit will happen..."). */
export const NOT_AN_OWNER = new Set([
  'assessment', 'visit', 'home', 'meeting', 'referral', 'plan', 'strategy', 'check', 'checks', 'review', 'appointment',
  'conference', 'discussion', 'contact', 'support', 'information', 'follow', 'follow-up', 'request', 'consent',
  'medical', 'investigation', 'enquiries', 'section', 'case', 'letter', 'report', 'work', 'help', 'observation',
  'monitoring', 'safety', 'application', 'agreement', 'decision', 'transfer', 'advice', 'training', 'parenting',
  'course', 'programme', 'group', 'session', 'sessions', 'therapy', 'counselling', 'further', 'more', 'need', 'needs',
  'urgent', 'possible', 'consider', 'arrange', 'ask', 'book', 'complete', 'make', 'send', 'speak', 'talk', 'discuss',
  'an', 'a', 'the', 'this', 'that', 'it', 'there', 'these', 'those', 'all', 'any', 'some', 'then', 'next', 'also',
  'everything', 'nothing', 'someone', 'somebody', 'nobody', 'everyone', 'child', 'children', 'tac', 'taf',
  'core', 'initial', 'joint', 'single', 'full', 'new', 'weekly', 'daily', 'regular', 'ongoing', 'immediate',
]);
