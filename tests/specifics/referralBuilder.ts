import { completeReferral as sharedCompleteReferral } from '../support/fixtures';
import type { Finding, FindingCode, ReferralSubmission } from '../../src/referrals/referralTypes';
import { checkSpecifics } from '../../src/specifics/checkSpecifics';

export { FIXTURE_DIR, labelledCases as labelledFixtures, type LabelledCase as LabelledFixture } from '../support/fixtures';

/** The complete, specific referral (fixture 01), copied so each test can change it freely. */
export function completeReferral(): ReferralSubmission {
  return sharedCompleteReferral();
}

/** The complete referral with one part of it replaced. */
export function referralWith(change: (referral: ReferralSubmission) => void): ReferralSubmission {
  const referral = completeReferral();
  change(referral);
  return referral;
}

export function withPastHarm(...pastHarm: string[]): ReferralSubmission {
  return referralWith((referral) => {
    referral.worried.pastHarm = pastHarm;
  });
}

/** The complete referral with one next step instead of its own. */
export function withNextStep(step: string): ReferralSubmission {
  return referralWith((referral) => {
    referral.needsToHappen!.nextSteps = [step];
  });
}

export function findingsOf(referral: ReferralSubmission, code?: FindingCode): Finding[] {
  const { findings } = checkSpecifics(referral);
  return code ? findings.filter((found) => found.code === code) : findings;
}

export function codesOf(referral: ReferralSubmission): FindingCode[] {
  return [...new Set(findingsOf(referral).map((found) => found.code))];
}
