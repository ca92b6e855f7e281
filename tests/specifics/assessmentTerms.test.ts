import { termsFor } from '../../src/specifics/assessmentTerms';

describe('the words of each assessment type', () => {
  it.each([
    [undefined, 'danger statement', 'safety goals'],
    ['child-protection', 'danger statement', 'safety goals'],
    ['early-help', 'critical worry statement', 'wellbeing goals'],
    ['child-in-care', 'critical worry statement', 'success goals'],
  ] as const)('%s: %s and %s', (type, dangerStatement, goals) => {
    expect(termsFor(type)).toMatchObject({ dangerStatement, goals });
  });
});
