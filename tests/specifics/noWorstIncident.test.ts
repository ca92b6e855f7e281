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
