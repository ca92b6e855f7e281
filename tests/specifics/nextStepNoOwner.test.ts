import { findingsOf, referralWith, withNextStep } from './referralBuilder';

describe('NEXT_STEP_NO_OWNER: a next step that nobody owns', () => {
  it('when a next step says what but not who, the referrer is asked who will do it', () => {
    const [finding] = findingsOf(withNextStep('Assessment to be completed.'), 'NEXT_STEP_NO_OWNER');
    expect(finding).toMatchObject({ path: 'needsToHappen.nextSteps[0]', severity: 'ask' });
    expect(finding.question).toBe("You wrote 'Assessment to be completed'. Who will do this, and by when?");
  });

  it.each([
    'Assessment to be completed.',
    'Home visit needed.',
    'Refer to CAMHS.',
    'Strategy meeting.',
    'Parenting course to be offered.',
    'Continue to monitor.',
    'Police to be informed.',
    'Home visit to see Maya.',
    'Needs a home visit by Friday.',
  ])('"%s" has no owner', (step) => {
    expect(findingsOf(withNextStep(step), 'NEXT_STEP_NO_OWNER')).toHaveLength(1);
  });

  it.each([
    'Priya Shah will send the records by Wednesday.',
    'Laura will ask her mother Jean whether Maya can stay.',
    'The school nurse will see Maya on Monday.',
    'I will call Laura tomorrow.',
    'We will keep a daily log.',
    'Social worker to visit.',
    'Mum to attend a parenting course.',
    'GP appointment to be booked by mum.',
    'Jean to have Maya on Fridays.',
    'Mr Hall will check in with Maya every morning.',
    'Miss Jones (class teacher) will meet Maya each morning.',
    'Police will do a welfare check tonight.',
  ])('"%s" has an owner', (step) => {
    expect(findingsOf(withNextStep(step), 'NEXT_STEP_NO_OWNER')).toEqual([]);
  });

  describe('owners written with an aside, a possessive or a role noun', () => {
    it.each([
      "Jayden's key worker at the hostel, Tom Bright, will check his room each evening.",
      'The duty inspector, Insp. Lee Marsh, will speak to the family tonight.',
      'Her paediatric dietitian, Anna Vale, is going to weigh her every fortnight.',
      'Our attendance officer, Mrs Kaur, to ring home at 9:15 each morning.',
      'Mark Dunn, the tenancy support officer, will visit on Thursday.',
      'Dean remains on bail until 4 March; his probation worker, Kate Lyons, will see him weekly.',
      "Maya's older cousin, Jade, will collect her from school on Wednesdays.",
      'The night receptionist will call us if Maya leaves the building after 9pm.',
      'A locum pharmacist will text Laura when the prescription is ready.',
      'On Friday the head of the nursery will meet Laura.',
      'The school counsellor has agreed to see Maya every Tuesday.',
    ])('"%s" has an owner', (step) => {
      expect(findingsOf(withNextStep(step), 'NEXT_STEP_NO_OWNER')).toEqual([]);
    });

    it.each([
      'Assessment, as discussed, to be completed by Friday.',
      'A home visit, with Laura present, will take place next week.',
      'The plan, agreed with Laura, will start on Monday.',
      'Parenting course, starting in May, to be offered.',
      'Referral to the school nurse will go in this week.',
      'Speak to the GP to agree a plan.',
      'Refer to CAMHS to assess her mood.',
      'Follow-up call to be made to dad.',
      'A new heater will arrive on Monday.',
      'Respite care will start in January.',
      'Her behaviour will be monitored in class.',
    ])('"%s" still has no owner', (step) => {
      expect(findingsOf(withNextStep(step), 'NEXT_STEP_NO_OWNER')).toHaveLength(1);
    });
  });
});

describe('NEXT_STEP_NO_OWNER: passives and plural owners', () => {
  it.each([
    'Social worker to be told about the new boyfriend.',
    'Dad to be sent the plan by Friday.',
    'Maya to be met at the gate each morning.',
    'School to be kept informed.',
  ])('"%s" hides who acts behind a passive', (step) => {
    expect(findingsOf(withNextStep(step), 'NEXT_STEP_NO_OWNER')).toHaveLength(1);
  });

  it.each([
    'Teachers from the infant school will be at the gate at 3pm on Friday.',
    'Our youth workers will be out on the estate on Saturday night.',
    'The duty officer will be at the house by 6pm.',
  ])('"%s" names who will do it', (step) => {
    expect(findingsOf(withNextStep(step), 'NEXT_STEP_NO_OWNER')).toEqual([]);
  });
});

describe('NEXT_STEP_NO_OWNER: a step the owner has already started', () => {
  const withStep = (step: string) =>
    referralWith((r) => {
      r.needsToHappen!.nextSteps = [step];
    });

  it.each([
    'Priya Shah phoned the duty team at 9am and will send the chronology by Friday.',
    'Laura rang the GP this morning and is booking an appointment for Maya.',
    'Mr Hall emailed the attendance officer on Monday.',
    'The school nurse spoke to Laura on 3 March and will see Maya again next week.',
    'Jean collected Maya from school on Friday and will keep her until Sunday.',
  ])('"%s" has an owner', (step) => {
    expect(findingsOf(withStep(step), 'NEXT_STEP_NO_OWNER')).toEqual([]);
  });

  it.each([
    'Early help offered.',
    'Police informed on Monday.',
    'Referral sent to CAMHS.',
    'Home visit made on Monday, follow-up to be arranged.',
  ])('"%s" still has no owner', (step) => {
    expect(findingsOf(withStep(step), 'NEXT_STEP_NO_OWNER')).toHaveLength(1);
  });
});

describe('NEXT_STEP_NO_OWNER: a person the step is done to is not its owner', () => {
  it.each([
    'Somebody should visit Laura to find out what support she wants with the baby.',
    'Ask Laura to keep a diary of when Maya wakes in the night.',
  ])('"%s" has no owner', (step) => {
    expect(findingsOf(withNextStep(step), 'NEXT_STEP_NO_OWNER')).toHaveLength(1);
  });

  it.each([
    'Laura to keep a diary of when Maya wakes in the night.',
    'Dr Khan to review Maya at the clinic on 3 June.',
    'Laura and Dean to attend the family meeting on Friday.',
  ])('"%s" has an owner (near miss)', (step) => {
    expect(findingsOf(withNextStep(step), 'NEXT_STEP_NO_OWNER')).toEqual([]);
  });
});

describe('NEXT_STEP_NO_OWNER: someone named in a condition does not own the step', () => {
  it.each([
    "Maya's tablet to be kept locked away until the police have checked it.",
    'The messages to be saved once her social worker has seen them.',
  ])('"%s" still has no owner', (step) => {
    expect(findingsOf(withNextStep(step), 'NEXT_STEP_NO_OWNER')).toHaveLength(1);
  });
});

describe('NEXT_STEP_NO_OWNER: the one who is called is not the one who calls', () => {
  it('"can Laura get a call this week from someone who can help" has no owner', () => {
    expect(findingsOf(withNextStep('Please can Laura get a call this week from someone who can help.'), 'NEXT_STEP_NO_OWNER')).toHaveLength(1);
  });
});

describe('NEXT_STEP_NO_OWNER: purposes, questions and who is named', () => {
  it.each(['Transport to be arranged so that Laura can get Maya to the clinic.', 'Find out whether Laura can keep the tenancy.'])(
    '"%s" has no owner: the person named is in a purpose or a question',
    (step) => {
      expect(findingsOf(withNextStep(step), 'NEXT_STEP_NO_OWNER')).toHaveLength(1);
    },
  );

  it.each(['Photos of the marks to be taken by our school nurse, Mrs Ali, at 2pm today.', "Maya's room to be checked by the family's health visitor on Friday."])(
    '"%s" names who will do it',
    (step) => {
      expect(findingsOf(withNextStep(step), 'NEXT_STEP_NO_OWNER')).toEqual([]);
    },
  );

  it('a household member called June owns "June will phone the school on Monday"', () => {
    const referral = referralWith((r) => {
      r.household = [...(r.household ?? []), { name: 'June Kerr', relationship: 'kinship foster carer', livesWithChild: true }];
      r.needsToHappen!.nextSteps = ['June will phone the school on Monday.'];
    });
    expect(findingsOf(referral, 'NEXT_STEP_NO_OWNER')).toEqual([]);
  });
});

describe('NEXT_STEP_NO_OWNER: a place\'s staff', () => {
  it('"Oakfield staff to complete a return home interview" names who will do it; "Ask Oakfield staff to..." does not', () => {
    expect(findingsOf(withNextStep('Oakfield staff to complete a return home interview with Maya within 72 hours.'), 'NEXT_STEP_NO_OWNER')).toEqual([]);
    expect(findingsOf(withNextStep('Ask mum to ring the school.'), 'NEXT_STEP_NO_OWNER')).toHaveLength(1);
  });
});
