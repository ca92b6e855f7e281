import type { Finding } from '../../src/referrals/referralTypes';
import { checkSpecifics } from '../../src/specifics/checkSpecifics';
import { specificsScoreOf } from '../../src/specifics/specificsScore';
import { completeReferral, withPastHarm } from './referralBuilder';

const finding = (severity: Finding['severity']): Finding => ({ code: 'JARGON', path: 'worried.pastHarm[0]', severity, message: '', question: '', term: 'x' });

describe('the specifics score', () => {
  it('is 100 when nothing is missing', () => {
    expect(checkSpecifics(completeReferral()).specificsScore).toBe(100);
  });

  it('falls further for a question than for a note', () => {
    expect(specificsScoreOf([finding('ask')])).toBeLessThan(specificsScoreOf([finding('note')]));
    expect(specificsScoreOf([finding('note')])).toBeLessThan(100);
  });

  it('never goes below 0', () => {
    expect(specificsScoreOf(Array.from({ length: 50 }, () => finding('ask')))).toBe(0);
  });

  it('is lower for a vague referral than for a specific one', () => {
    expect(checkSpecifics(withPastHarm('Neglect.')).specificsScore).toBeLessThan(70);
  });
});
