import { findingsOf, referralWith, withPastHarm } from './referralBuilder';

const vagueTerms = (text: string) => findingsOf(withPastHarm(text), 'VAGUE_FREQUENCY').map((found) => found.term);

describe('VAGUE_FREQUENCY: "often", "sometimes" and friends without a number', () => {
  it('when a referrer writes "often", they are asked how many times and over what period', () => {
    const [finding] = findingsOf(withPastHarm('Maya often comes to school hungry, I have seen it since September.'), 'VAGUE_FREQUENCY');
    expect(finding).toMatchObject({ path: 'worried.pastHarm[0]', severity: 'ask', term: 'often' });
    expect(finding.question).toContain("You wrote 'often'. How many times has this happened");
  });

  it.each([
    ['regularly', 'Dean regularly shouts at her.'],
    ['frequently', 'She is frequently late.'],
    ['a lot', 'Mum cries a lot.'],
    ['constantly', 'They argue constantly.'],
    ['on occasion', 'On occasion she has no coat.'],
    ['sometimes', 'Sometimes there is no food.'],
    ['at times', 'At times she is left alone.'],
    ['several times', 'I have seen this several times.'],
    ['all the time', 'He shouts all the time.'],
  ])('finds "%s"', (term, text) => {
    expect(vagueTerms(text).map((found) => found?.toLowerCase())).toContain(term);
  });

  it.each([
    ['a rate right after it', 'Maya often arrives late, about three times a week.'],
    ['a count in brackets', 'Dean sometimes (twice in September) hit her.'],
    ['a rate before it', 'Three or four times a week, often at night, he shouts.'],
    [
      'a count spelled out after a colon, further along the sentence',
      'Maya is often hungry at school: on gate duty last fortnight I handed her breakfast on 6 of the 10 mornings.',
    ],
    [
      'a count spelled out in brackets, further along the sentence',
      'Maya regularly misses PE (her teacher, Mrs Lane, has now counted five missed lessons this half term).',
    ],
  ])('does not ask when %s qualifies it', (_label, text) => {
    expect(vagueTerms(text)).toEqual([]);
  });

  it.each([
    'Maya is often hungry at lunch and her PE kit is missing, and on Monday 3 November she took food from another child twice.',
    'Maya is often late and her mum says the bus is unreliable, which I have no reason to doubt at all; her brother was late twice.',
  ])('a count about something else, far off or in another clause, does not qualify it: %s', (text) => {
    expect(vagueTerms(text).map((found) => found?.toLowerCase())).toContain('often');
  });

  it('"at times" is not "three times"', () => {
    expect(vagueTerms('I saw it three times since September.')).toEqual([]);
  });

  it('is advice only in the strengths column', () => {
    const referral = withPastHarm('On 3 November I saw a bruise.');
    referral.workingWell!.strengths = ['Jean often has Maya to stay.'];
    expect(findingsOf(referral, 'VAGUE_FREQUENCY')).toEqual([expect.objectContaining({ path: 'workingWell.strengths[0]', severity: 'note' })]);
  });
});

describe('VAGUE_FREQUENCY: a number in another clause does not count', () => {
  const vagueIn = (strength: string) =>
    findingsOf(
      referralWith((r) => {
        r.workingWell!.strengths = [strength];
      }),
      'VAGUE_FREQUENCY',
    ).map((found) => found.term?.toLowerCase());

  it.each([
    ['a percentage about something else', 'Her reading age is up 20%, and her dad sometimes takes her swimming.', 'sometimes'],
    ['a count after a semicolon', 'She has been to 9 of 10 clubs; her aunt often collects her.', 'often'],
    ['a count before "but"', 'Mum came to 2 meetings, but her brother regularly misses school.', 'regularly'],
  ])('still finds the vague word after %s', (_label, text, term) => {
    expect(vagueIn(text)).toContain(term);
  });

  it.each([
    ['a rate in the same clause', 'Her dad sometimes takes her swimming, about twice a month.'],
    ['a count just before it, in the same clause', 'Three times a week her aunt often collects her.'],
  ])('is satisfied by %s', (_label, text) => {
    expect(vagueIn(text)).toEqual([]);
  });
});

describe('VAGUE_FREQUENCY: a count later in the same sentence', () => {
  it('"has often stayed at her nan\'s after arguments at home, 5 times since September" is specific enough', () => {
    const text = "Laura told me on 16 March that Maya has often stayed at her nan's house after arguments at home, 5 times since September.";
    expect(findingsOf(withPastHarm(text), 'VAGUE_FREQUENCY')).toEqual([]);
  });
});
