import { checkSpecifics } from '../../src/specifics/checkSpecifics';
import type { ReferralSubmission } from '../../src/referrals/referralTypes';
import { completeReferral } from './referralBuilder';

describe('checkSpecifics', () => {
  it('does not change the referral it checks', () => {
    const referral = completeReferral();
    referral.worried.pastHarm = ['Neglect.'];
    const before = JSON.stringify(referral);
    checkSpecifics(referral);
    expect(JSON.stringify(referral)).toBe(before);
  });

  it('gives the same answer every time', () => {
    const referral = completeReferral();
    referral.worried.pastHarm = ['Concerns at home.'];
    expect(checkSpecifics(referral)).toEqual(checkSpecifics(referral));
  });

  it('copes with a bare minimum referral, asking for what is missing rather than failing', () => {
    const bare = {
      referrer: { name: 'Sam', email: 's@example.org', organisation: 'Oak Nursery', agency: 'school' },
      children: [{ firstName: 'Leo' }],
      worried: { pastHarm: ['Leo came in with a burn on his hand on Monday, I saw it.'] },
    } as ReferralSubmission;
    const codes = checkSpecifics(bare).findings.map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining(['COLUMN_EMPTY', 'NO_DANGER_STATEMENT', 'NO_EXISTING_SAFETY', 'NO_CHILD_VOICE', 'SCALING_MISSING', 'CONSENT_UNCLEAR', 'CHILD_DETAILS_MISSING']),
    );
    expect(checkSpecifics(bare).findings.every((f) => f.question.length > 0)).toBe(true);
  });

  it('uses "the child" when no first name is known', () => {
    const referral = completeReferral();
    referral.children = [{ firstName: '' }];
    referral.childVoice = [];
    const question = checkSpecifics(referral).findings.find((f) => f.code === 'NO_CHILD_VOICE')!.question;
    expect(question).toMatch(/^Has the child said anything/);
  });
});
