import { hasSource } from '../../src/specifics/evidence';
import { findingsOf, withPastHarm } from './referralBuilder';

describe('NO_SOURCE: past harm that does not say how the referrer knows', () => {
  it('when a statement gives no source, the referrer is asked how they know', () => {
    const [finding] = findingsOf(withPastHarm('On Monday Dean hit Maya with a belt.'), 'NO_SOURCE');
    expect(finding).toMatchObject({ code: 'NO_SOURCE', path: 'worried.pastHarm[0]', severity: 'ask' });
    expect(finding.question).toContain('How do you know this?');
    expect(finding.question).toContain('did Maya or someone else tell you');
  });

  it.each([
    'I saw a bruise on her cheek',
    'her teacher saw a red mark',
    'Maya told me that Dean hit her',
    'mum told the school nurse she had been drinking',
    'Maya disclosed that he hits her',
    'Maya reported to her teacher that she was hungry',
    'the police log shows two call-outs',
    'our records show she missed 12 sessions',
    'it is in the record from last year',
    'I heard Dean shouting at her',
    'photos were taken by the school nurse',
    'nursery staff noticed a burn',
    'the health visitor weighed him',
    'when I visited the flat there was no food',
  ])('"%s" names a source', (text) => {
    expect(hasSource(text)).toBe(true);
  });

  it.each([
    ['no source at all', 'Dean hit Maya with a belt last Friday'],
    ['an injury with nobody who saw it', 'Maya came in with a bruise on Monday'],
    ['hearsay is not a source', 'It has been reported that Dean hits her'],
    ['"reportedly" is not a source', 'Reportedly he hits her'],
    ['hearing that something is said is not hearing it', 'I have heard that Dean shouts at her'],
  ])('%s', (_label, text) => {
    expect(hasSource(text)).toBe(false);
  });
});

describe('NO_SOURCE: what the child saw is the harm, not how the referrer knows', () => {
  it.each(['Dad shouts at mum most nights and Maya has seen it.', 'Maya witnessed the fight between the adults on Sunday.', "Maya had heard her parents fighting through the wall on Friday."])(
    '"%s" does not say how the referrer knows',
    (text) => {
      expect(findingsOf(withPastHarm(text), 'NO_SOURCE')).toHaveLength(1);
    },
  );

  it.each(['Maya told me she has seen dad hit mum.', 'On Sunday I saw dad push mum while Maya watched.', 'Her nan heard the shouting on Friday and Maya was there.'])(
    '"%s" still names a source',
    (text) => {
      expect(findingsOf(withPastHarm(text), 'NO_SOURCE')).toEqual([]);
    },
  );
});

describe('NO_SOURCE: a passive "was seen" names nobody who saw it', () => {
  it.each([
    ['seen by someone named', 'two round marks were seen on her arm by the PE teacher, Miss Lowe'],
    ['found by someone named', 'a knife was found in his bag by the head of year on Monday'],
    ['heard by a neighbour', 'screaming was heard by the neighbour at number 4 at 2am'],
  ])('a passive with the person who saw it is a source: %s', (_label, text) => {
    expect(hasSource(text, new Set(['maya']))).toBe(true);
  });

  it.each([
    ['seen by nobody named', 'She has been seen getting into cars with older men'],
    ['noticed by nobody named', 'Marks were noticed on his legs last week'],
    ['found by nobody named', 'Cannabis was found in the flat in June'],
    ['"by" that is not a person', 'She was seen by chance at the bus station'],
    ['seen by the child is the harm, not a source', 'Dean was seen by Maya hitting her mum'],
  ])('%s is not a source', (_label, text) => {
    expect(hasSource(text, new Set(['maya']))).toBe(false);
  });
});
