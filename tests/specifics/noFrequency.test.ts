import { hasFrequency } from '../../src/specifics/evidence';
import { findingsOf, withPastHarm } from './referralBuilder';

describe('NO_FREQUENCY: nothing says how often', () => {
  it('when a single incident gives no count, the referrer is asked how many times it has happened', () => {
    const findings = findingsOf(withPastHarm('On 3 November I saw a bruise on her cheek.'), 'NO_FREQUENCY');
    expect(findings).toEqual([
      expect.objectContaining({ code: 'NO_FREQUENCY', path: 'worried.pastHarm', severity: 'ask' }),
    ]);
    expect(findings[0].question).toContain('How many times has this happened to Maya');
  });

  it('is not raised when there is no past harm', () => {
    expect(findingsOf(withPastHarm(), 'NO_FREQUENCY')).toEqual([]);
  });

  it('counts several dated incidents as a frequency', () => {
    const referral = withPastHarm(
      'On 2 October Mr Hall saw a red mark on her neck.',
      'On 20 October Maya told me that Dean pulled her hair.',
    );
    expect(findingsOf(referral, 'NO_FREQUENCY')).toEqual([]);
  });

  it('counts a list of dates in one statement', () => {
    expect(findingsOf(withPastHarm('Ann told me Jordan stayed out until 2am on 6, 7 and 10 November.'), 'NO_FREQUENCY')).toEqual([]);
  });

  it('a vague word is not a frequency: "often" still needs a number', () => {
    expect(findingsOf(withPastHarm('I have seen Maya come in hungry often since September.'), 'NO_FREQUENCY')).toHaveLength(1);
  });

  it.each([
    'three times',
    'twice',
    'once',
    'every night',
    'each weekend',
    'twice a week',
    'on 14 of 40 days',
    'for the first time',
    'the third time this term',
    'daily',
    'every time Dean drinks',
    'on two occasions',
    'attendance is 82%',
    'she has missed 12 sessions',
    'and it was the first bruise anyone at nursery had seen on her',
    'and this is her second disclosure',
    'and she has missed four hospital appointments since June',
    'and there have been two more police call-outs this month',
    'and it has never happened before',
  ])('"%s" says how often', (phrase) => {
    expect(hasFrequency(`Maya was hurt ${phrase}.`)).toBe(true);
  });

  it.each([
    ['a vague word', 'often'],
    ['a vague count', 'several times'],
    ['"once" as a conjunction', 'once he had gone she cried'],
    ['"at once"', 'at once'],
    ['a time, not a count', '3 days ago'],
    ['"again" with no number', 'again'],
    ['a count of injuries from one incident', 'with 3 bruises'],
    ['a count of things, not of events', 'with six teeth decayed'],
    ["the referrer's first visit", 'on my first visit'],
    ['a count of people', 'while three children were present'],
  ])('%s does not say how often', (_label, phrase) => {
    expect(hasFrequency(`Maya was hurt ${phrase}.`)).toBe(false);
  });
});

describe('NO_FREQUENCY: counts in other words, and times that point back', () => {
  it.each([
    'On Monday Maya told me her cousin did it just the one time, at a family party.',
    'Her nan told me Maya has had five nosebleeds since half term and the GP has seen her twice about them.',
  ])('"%s" says how often', (text) => {
    expect(findingsOf(withPastHarm(text), 'NO_FREQUENCY')).toEqual([]);
  });

  it('a second statement about the same day ("that afternoon") is not a second incident, so how often is still asked', () => {
    const referral = withPastHarm(
      'On Tuesday 3 March Maya told me her stepdad pushed her into the door.',
      'Her class teacher saw nothing on her arms when she changed for PE that afternoon.',
    );
    expect(findingsOf(referral, 'NO_FREQUENCY')).toHaveLength(1);
  });
});

describe('NO_FREQUENCY: dates that are not incidents, and periods', () => {
  it("a document's date and a date still to come are not two incidents", () => {
    const referral = withPastHarm('A letter dated 2 March says the family will be evicted on 30 March; on Monday Maya told me she has not slept since it came.');
    expect(findingsOf(referral, 'NO_FREQUENCY')).toHaveLength(1);
  });

  it('"since the summer" says how long, not how often', () => {
    const referral = withPastHarm(
      'On Saturday 7 March Laura rang me to say Maya had thrown a plate at her.',
      'Laura says Maya has been angry like this since her dad left in the summer.',
    );
    expect(findingsOf(referral, 'NO_FREQUENCY')).toHaveLength(1);
  });
});

describe('NO_FREQUENCY: counts of visits, and counts in quoted words', () => {
  it.each([
    'Our respite staff found a bruise on Maya\'s back on three of her last four stays with us, most recently on 2 March.',
    "On 3 March Maya told me Dean had locked her in the shed 'three times' since Christmas.",
  ])('"%s" says how often', (text) => {
    expect(findingsOf(withPastHarm(text), 'NO_FREQUENCY')).toEqual([]);
  });
});
