import { findingsOf, withPastHarm } from './referralBuilder';

describe('NO_WORST_INCIDENT: several incidents and none named the worst', () => {
  const incidents = ['On 2 October Mr Hall saw a red mark on her neck.', 'On 20 October Maya told me that Dean pulled her hair.'];

  it('when several incidents are listed with none singled out, the referrer is asked which was the worst', () => {
    const [finding] = findingsOf(withPastHarm(...incidents), 'NO_WORST_INCIDENT');
    expect(finding).toMatchObject({ path: 'worried.pastHarm', severity: 'ask' });
    expect(finding.question).toContain('which was the worst or most worrying time for Maya');
  });

  it.each([
    'The bruise on 3 November was the worst.',
    'The most serious was on 3 November when I saw a bruise.',
    'What worried me most was the bruise I saw on 3 November.',
    'The most frightening time was 3 November, Maya told me.',
  ])('is satisfied by "%s"', (worst) => {
    expect(findingsOf(withPastHarm(...incidents, worst), 'NO_WORST_INCIDENT')).toEqual([]);
  });

  it('is not raised for a single past-harm statement', () => {
    expect(findingsOf(withPastHarm(incidents[0]), 'NO_WORST_INCIDENT')).toEqual([]);
  });
});

describe('NO_WORST_INCIDENT: the worst time named without the word "worst"', () => {
  const incidents = ['On 2 October Mr Hall saw a red mark on her neck.', 'On 20 October Maya told me that Dean pulled her hair.'];

  it.each([
    'The hair pulling on 20 October was much the more frightening of the two, Maya told me.',
    'Of everything, the scratch on 2 October is by far the most concerning.',
    'The second time was far more serious than the first, because she was alone with him.',
    'The mark on 2 October was the worse of the two.',
    'Maya said 20 October was the scariest night.',
    'The deepest scratch was the one on 2 October.',
    'What frightened her most was being pulled by the hair on 20 October.',
    'By far the nastiest was on 20 October, when she was dragged upstairs.',
  ])('is satisfied by "%s"', (worst) => {
    expect(findingsOf(withPastHarm(...incidents, worst), 'NO_WORST_INCIDENT')).toEqual([]);
  });

  it.each([
    ['a fear of worse harm to come', 'On 22 October I worried she could be more seriously hurt next time.'],
    ['things getting worse is not a worst time', 'Since 2 October things at home have got worse, her teacher told me.'],
    ['the latest is not the worst', 'The latest incident was on 22 October, when her teacher saw a scratch.'],
    ['the most recent is not the worst', 'The most recent time was on 22 October, her teacher told me.'],
    ['one serious injury is not a ranking', 'On 22 October her teacher saw a serious injury to her lip.'],
    ['"most of the time" ranks nothing', 'On 22 October Maya told me that most of the time she is fine.'],
  ])('still asks when %s', (_label, statement) => {
    expect(findingsOf(withPastHarm(...incidents, statement), 'NO_WORST_INCIDENT')).toHaveLength(1);
  });
});
