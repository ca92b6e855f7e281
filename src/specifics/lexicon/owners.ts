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
  // People and relatives not listed above, who are named by role as often as by name.
  'cousin', 'relative', 'relatives', 'godmother', 'godfather', 'godparent', 'stepbrother', 'stepsister', 'boyfriend',
  'girlfriend', 'husband', 'wife', 'childminder', 'babysitter', 'neighbours', 'colleague', 'staff', 'member of staff',
  'sergeant', 'inspector', 'constable', 'detective', 'PC', 'DC', 'DS', 'matron', 'ward sister', 'consultant',
  'registrar', 'receptionist', 'solicitor', 'caseworker', 'case worker', 'navigator', 'advocate', 'chaplain', 'coach',
  'warden', 'caretaker', 'governor', 'volunteer', 'assistant', 'clerk', 'coordinator', 'co-ordinator', 'lead',
  'leader', 'director', 'supervisor', 'adviser', 'advisor', 'paramedic', 'physio', 'principal', 'assistant head',
  'head of house', 'office', 'reception', 'agent', 'student', 'tenant', 'resident', 'chair', 'crew',
];

/** Titles that introduce a name: "Sergeant Amy Rowe", "Mrs Green". */
export const TITLES =
  '(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Rev|Sister|Nurse|Sergeant|Sgt|Inspector|PC|DC|DS|PCSO|Officer|Councillor|Cllr)';

/**
 * Endings that make a noun a person who can act ("the custody sergeant", "the school receptionist"): checked only on
 * the head of a clause's subject followed by "will" or the like, never on any word anywhere.
 */
export const PERSON_NOUN_ENDING = /(?:ist|ian|er|or|ant)$/;

/** Words with a person-like ending that are things, not people ("The letter will...", "A heater will..."). */
export const NOT_A_PERSON_NOUN = new Set([
  'letter', 'order', 'number', 'matter', 'paper', 'water', 'power', 'answer', 'meter', 'computer', 'register', 'heater',
  'boiler', 'cooker', 'radiator', 'door', 'floor', 'error', 'factor', 'monitor', 'other', 'another', 'either', 'neither',
  'further', 'later', 'after', 'never', 'ever', 'over', 'under', 'together', 'rather', 'whether', 'her', 'summer',
  'winter', 'september', 'october', 'november', 'december', 'corridor', 'shelter', 'poster', 'folder', 'transfer',
  'reminder', 'disorder', 'cancer', 'major', 'minor', 'mirror', 'sensor', 'indicator', 'colour', 'behaviour', 'list',
  'checklist', 'wrist', 'waist', 'twist', 'assist', 'exist', 'insist', 'resist', 'persist', 'consist', 'plan', 'grant',
  'plant', 'important', 'relevant', 'significant', 'pregnant', 'restaurant', 'water', 'dinner', 'lunchtime', 'chapter',
  'counter', 'centre', 'center', 'character', 'border', 'cover', 'filter', 'flyer', 'leaflet', 'offer',
  'trigger', 'tracker', 'timer', 'user', 'marker', 'sticker', 'blocker', 'charger', 'router', 'locker',
]);

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

/**
 * Something already done, in the past tense, that a person or team does to someone: "Rachel rang the duty team at
 * 11am", "Mrs Kaur phoned home". A named subject of one of these owns the step as much as "will ring" would. They
 * must take an object ("phoned the duty team"), so "Early help offered." or "Police informed by school" (passive) do
 * not count.
 */
export const DONE_ACTION =
  '(?:rang|rung|phoned|called|emailed|e-mailed|texted|messaged|sent|met|visited|contacted|informed|told|asked|arranged|booked|made|gave|given|took|taken|completed|started|checked|shared|submitted|alerted|notified|advised|saw|seen|collected|moved|removed|handed|posted|faxed|uploaded|referred|raised|updated|warned|reminded|drove|brought)';
/** Past-tense actions that go "to" or "with" someone: "spoke to Laura", "went with Maya". */
export const DONE_ACTION_WITH =
  '(?:spoke|spoken|talked|went|gone|wrote|written|explained|reported|agreed|chatted|liaised)';
