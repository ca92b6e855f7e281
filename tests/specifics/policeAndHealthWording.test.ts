import { hasFrequency, hasSource } from '../../src/specifics/evidence';
import { findHearsay } from '../../src/specifics/termMatcher';
import { hasTimeReference } from '../../src/specifics/timeReference';
import { findingsOf, referralWith, withNextStep } from './referralBuilder';

// How police logs, health records and partner systems write: ranks with collar numbers, "this is the first...",
// clinical labels, and hearsay in everyday words. Each case came from a blind set; these are other words for it.

describe('who owns a next step, as police and wards write it', () => {
  it.each([
    'PC 2056 Reid will send the photographs of the flat to First Contact by 09:00 on Friday.',
    'DS 41 Khan will speak to the school on Monday.',
    'Sister Paula Grant on Ward 7 will phone First Contact if anyone tries to take Maya home.',
    'Jess Hall at the family hub will offer Laura a place on the Wednesday group by Friday.',
    'Two fan heaters, to be dropped off on 4 March by our tenancy support worker, Jade Collins.',
  ])('"%s" has an owner', (step) => {
    expect(findingsOf(withNextStep(step), 'NEXT_STEP_NO_OWNER')).toEqual([]);
  });

  it('a step to be done by "any" worker still has nobody in particular', () => {
    expect(findingsOf(withNextStep('Home visit to be done by any available worker.'), 'NEXT_STEP_NO_OWNER')).toHaveLength(1);
  });
});

describe('how often, in the words of a log', () => {
  it.each([
    'This is the first threat to kill police have recorded from him.',
    'It was her second missing episode.',
    'This is the third week running the family has needed the food bank.',
    'She has asked me for food to take home on 6 club nights.',
    'She has come in without a coat for the fifth morning in a row.',
  ])('"%s" says how often', (text) => {
    expect(hasFrequency(text)).toBe(true);
  });

  it.each(['Two boys running away from the shop were stopped by PC Lee.', 'Five older boys were at the bus shelter.'])(
    'a count of people is not how often: "%s"',
    (text) => {
      expect(hasFrequency(text)).toBe(false);
    },
  );
});

describe('ages and times', () => {
  it.each(['Maya, aged 9, told me Dean shut her out in the yard.', 'Maya (aged 9) told me Dean shut her out in the yard.'])(
    'a child\'s present age beside her name is not when it happened: "%s"',
    (text) => {
      expect(hasTimeReference(text)).toBe(false);
    },
  );

  it('an age at the time still is: "aged 4, she was left alone"', () => {
    expect(hasTimeReference('When she was aged 4 she was left alone overnight.')).toBe(true);
  });
});

describe('hearsay in everyday words, and first-hand looking', () => {
  it.each(['Word on the estate is that Dean sells cannabis from the house.', "Dean has, so I'm told, started taking Maya to the gym."])(
    '"%s" rests on an unnamed source',
    (text) => {
      expect(findHearsay(text)).not.toEqual([]);
    },
  );

  it('"which I looked at" is the referrer\'s own seeing', () => {
    expect(hasSource("The readings on Maya's meter, which I looked at on 15 November, show no checks on 9 of 14 days.")).toBe(true);
  });
});

describe('labels: denied, clinical, and care-plan words', () => {
  it('a label denied is not a label used: "has not neglected her insulin once"', () => {
    const referral = referralWith((r) => (r.workingWell!.strengths = ["Laura has not neglected Maya's insulin once since March: every dose is logged."]));
    expect(findingsOf(referral, 'JARGON')).toEqual([]);
  });

  it.each([
    ['I am concerned this is FII.', 'FII'],
    ['Maya to achieve placement stability and permanence.', 'placement stability'],
    ['Her emotional and behavioural needs to be met through therapeutic input.', 'emotional and behavioural needs'],
  ])('"%s" is a label the referrer is asked to describe', (text, term) => {
    const referral = referralWith((r) => (r.needsToHappen!.goals = [text]));
    expect(findingsOf(referral, 'JARGON').map((f) => f.term)).toContain(term);
  });
});

describe('a long statement that still says nothing', () => {
  it('"things could get worse in the future if nothing is done about what is going on" is too general to act on', () => {
    const referral = referralWith(
      (r) => (r.worried.futureDanger = ['The school is worried that things could get worse for Maya in the future if nothing is done about what is going on.']),
    );
    expect(findingsOf(referral, 'VAGUE_STATEMENT').map((f) => f.path)).toEqual(['worried.futureDanger[0]']);
  });

  it('a specific fear of the same length is not', () => {
    const referral = referralWith((r) => (r.worried.futureDanger = ['We are worried that if Dean keeps drinking at weekends he will hit Maya again when she asks for tea.']));
    expect(findingsOf(referral, 'VAGUE_STATEMENT')).toEqual([]);
  });
});

describe('steps and counts typed all in lower case', () => {
  it.each([
    'kerry noble will give mum a food bank voucher at pick up today',
    'our manager sue hart will phone first contact about the burn by 2pm today',
    'if tanya arrives smelling of alcohol this fri, beth sharp will ring sam to collect archie',
    'pc dunn will send the full incident log to first contact by 9am today',
    'dan okafor is staying with jess at the club and rang the duty team at 8.40pm',
  ])('"%s" has an owner', (step) => {
    expect(findingsOf(withNextStep(step), 'NEXT_STEP_NO_OWNER')).toEqual([]);
  });

  it.each(['tell her social worker this week', 'phone call to dad this week to talk about meals', 'referral will be made to camhs'])(
    '"%s" still has no owner',
    (step) => {
      expect(findingsOf(withNextStep(step), 'NEXT_STEP_NO_OWNER')).toHaveLength(1);
    },
  );

  it('"every tues and thurs" says how often', () => {
    expect(hasFrequency('dylan has come to the club on his own every tues and thurs since october')).toBe(true);
  });
});

describe('care-system shorthand, documents read, and counts written as rates', () => {
  it.each(['ICO', 'SGO', 'UASC', 'S20', 'NRM'])('"%s" is shorthand the referrer is asked to put in words', (acronym) => {
    const referral = referralWith((r) => (r.worried.complicatingFactors = [`Maya came here under an ${acronym} in March.`]));
    expect(findingsOf(referral, 'JARGON').map((f) => f.term)).toContain(acronym);
  });

  it.each([
    "The school's exclusion letters, which I have read, show he was excluded on 4 and 16 November.",
    'Her care plan says she should see her mum every Saturday.',
  ])('a document the referrer read is a source: "%s"', (text) => {
    expect(hasSource(text)).toBe(true);
  });

  it.each([
    'Our class log shows Maya has had 4 toilet accidents a week since 7 September.',
    'Maya has come in on her own on 6 weekdays since 2 November.',
    'LAC, second placement breakdown this year on 3 November.',
    'Health records show one incident in 2022 in which he punched his partner.',
  ])('"%s" says how often', (text) => {
    expect(hasFrequency(text)).toBe(true);
  });

  it('two dates in one statement are one incident told in full, not a count', () => {
    const referral = referralWith((r) => {
      r.worried.pastHarm = ['Laura reported Maya missing at 19:00 on 12/11; PC Kaur found her at 02:10 on 13/11 in a flat with two adult men.'];
    });
    expect(findingsOf(referral, 'NO_FREQUENCY')).toHaveLength(1);
  });

  it('a scaling reason that only repeats the number is no reason', () => {
    const referral = referralWith((r) => (r.scaling = { score: 5, rationale: '5' }));
    expect(findingsOf(referral, 'SCALING_MISSING')).toHaveLength(1);
  });

  it('"June", the grandmother, is not a month', () => {
    const referral = referralWith((r) => {
      r.household = [...(r.household ?? []), { name: 'June Reed', relationship: 'grandmother' }];
      r.worried.pastHarm = ['June, Maya\'s grandmother, told me that Laura often leaves Maya to look after her baby brother.'];
    });
    expect(findingsOf(referral, 'NO_WHEN')).toHaveLength(1);
  });

  it('"Mum loves him." is too general to act on, even as existing safety', () => {
    const referral = referralWith((r) => (r.workingWell!.existingSafety = ['Mum loves him.']));
    expect(findingsOf(referral, 'VAGUE_STATEMENT').map((f) => f.path)).toEqual(['workingWell.existingSafety[0]']);
  });
});

describe('labels foretold in a danger statement', () => {
  it.each([
    'We are worried that if Dean stays, Maya will become frightened and withdrawn at home.',
    'We are worried that Dean could become violent if Laura tries to leave.',
    'We are worried that if Maya keeps visiting while Dean is there, she will see more violence.',
  ])('a state foretold is the worry itself, not a label to explain: "%s"', (danger) => {
    expect(findingsOf(referralWith((r) => (r.worried.futureDanger = [danger])), 'JARGON')).toEqual([]);
  });

  it('the same label as a fact about now is still asked about', () => {
    expect(findingsOf(referralWith((r) => (r.worried.pastHarm = ['Maya has been withdrawn since 3 November; her teacher saw it.'])), 'JARGON')).toHaveLength(1);
  });
});
