import { findingsOf, withPastHarm, referralWith } from './referralBuilder';

describe('VAGUE_STATEMENT: too short or general to act on', () => {
  it.each(['Concerns at home.', 'Neglect.', 'Worried about her.', 'Struggling.', 'Mum is not coping.', 'There are ongoing concerns about the family.', 'Maya seems unhappy.'])(
    'when a referrer writes only "%s", they are asked what happened, when and how they know',
    (text) => {
      const [finding] = findingsOf(withPastHarm(text), 'VAGUE_STATEMENT');
      expect(finding).toMatchObject({ path: 'worried.pastHarm[0]', severity: 'ask' });
      expect(finding.question).toContain(`You wrote '${text.replace(/\.$/, '')}'`);
    },
  );

  it.each([
    ['a short but concrete act', 'Dean hit Maya.'],
    ['a behaviour', 'Mum shouts at Maya.'],
    ['an observation', 'Maya came in with no coat in the snow.'],
    ['a number', 'Late 14 times.'],
    ['the child quoted', 'Maya said: "I am hungry."'],
  ])('does not call %s vague', (_label, text) => {
    expect(findingsOf(withPastHarm(text), 'VAGUE_STATEMENT')).toEqual([]);
  });

  it.each(['Mum smokes.', 'Drug use.', 'Bruised arm.', 'Kicked Maya.'])('"%s" is too short to act on, whatever the words', (text) => {
    expect(findingsOf(withPastHarm(text), 'VAGUE_STATEMENT')).toEqual([expect.objectContaining({ path: 'worried.pastHarm[0]' })]);
  });

  it.each(['Hit yesterday.', 'Late 14 times.', 'Dean kicked Maya.'])('"%s" is short but has a time, a number or a doer', (text) => {
    expect(findingsOf(withPastHarm(text), 'VAGUE_STATEMENT')).toEqual([]);
  });

  it('is advice only for a vague strength', () => {
    const referral = referralWith((r) => {
      r.workingWell!.strengths = ['Good mum.'];
    });
    expect(findingsOf(referral, 'VAGUE_STATEMENT')).toEqual([expect.objectContaining({ path: 'workingWell.strengths[0]', severity: 'note' })]);
  });

  it('leaves next steps to the owner check', () => {
    const referral = referralWith((r) => {
      r.needsToHappen!.nextSteps = ['Home visit needed.'];
    });
    expect(findingsOf(referral, 'VAGUE_STATEMENT')).toEqual([]);
  });
});

describe('VAGUE_STATEMENT: worry about the children in general', () => {
  it.each(['Concerns for both girls.', "Worried about the boys' welfare.", 'Issues with home conditions.', 'Concerns about her behaviour.'])('"%s" is too general to act on', (text) => {
    expect(findingsOf(withPastHarm(text), 'VAGUE_STATEMENT')).toHaveLength(1);
  });

  it.each(['Both boys were outside the shop at 11pm on Friday.', 'His brother pushed Maya down the stairs.'])('"%s" says something concrete', (text) => {
    expect(findingsOf(withPastHarm(text), 'VAGUE_STATEMENT')).toEqual([]);
  });
});

describe('VAGUE_STATEMENT: a risk label with nothing else', () => {
  const withDanger = (danger: string) =>
    referralWith((r) => {
      r.worried.futureDanger = [danger];
    });

  it.each(['Risk of exploitation.', 'High risk of neglect.', 'Danger at home.', 'Increased risk at home.'])('"%s" is only a label', (danger) => {
    expect(findingsOf(withDanger(danger), 'VAGUE_STATEMENT')).toEqual([expect.objectContaining({ path: 'worried.futureDanger[0]' })]);
  });

  it.each([
    'We are worried Dean will hit Maya again when he has been drinking.',
    'Risk that Dean takes Maya to his flat in Leeds.',
    'Maya could run into the road.',
  ])('"%s" says who might do what', (danger) => {
    expect(findingsOf(withDanger(danger), 'VAGUE_STATEMENT')).toEqual([]);
  });
});

describe('VAGUE_STATEMENT: labels about two separate matters', () => {
  it('a sentence naming two separate worries is jargon, not also too general', () => {
    const statement = 'Both parents are alcoholics and the home conditions are poor.';
    const referral = referralWith((r) => (r.worried.complicatingFactors = [statement]));
    expect(findingsOf(referral, 'VAGUE_STATEMENT')).toEqual([]);
    expect(findingsOf(referral, 'JARGON').length).toBeGreaterThanOrEqual(2);
  });

  it.each(['Neglect and alcoholism.', 'Mum is an alcoholic.'])('near miss, still too general: %s', (statement) => {
    const referral = referralWith((r) => (r.worried.complicatingFactors = [statement]));
    expect(findingsOf(referral, 'VAGUE_STATEMENT')).toHaveLength(1);
  });
});

describe('VAGUE_STATEMENT: goals that name only a feeling', () => {
  it.each(['Maya to be happy.', 'Maya to be safe and supported.'])('the goal "%s" is too general to act on', (goal) => {
    const referral = referralWith((r) => {
      r.needsToHappen!.goals = [goal];
    });
    expect(findingsOf(referral, 'VAGUE_STATEMENT')).toEqual([expect.objectContaining({ path: 'needsToHappen.goals[0]' })]);
  });

  it('a goal that says what safe looks like is not', () => {
    const referral = referralWith((r) => {
      r.needsToHappen!.goals = ['Maya is safe at home: nobody hits her, and she tells her teacher when something frightens her.'];
    });
    expect(findingsOf(referral, 'VAGUE_STATEMENT')).toEqual([]);
  });
});

describe('VAGUE_STATEMENT: praise that says nothing a worker could check', () => {
  it.each(['She is a lovely girl.', 'He is a good lad.'])('the strength "%s" is too general', (strength) => {
    const referral = referralWith((r) => {
      r.workingWell = { ...r.workingWell, strengths: [strength] };
    });
    expect(findingsOf(referral, 'VAGUE_STATEMENT')).toEqual([expect.objectContaining({ path: 'workingWell.strengths[0]' })]);
  });
});
