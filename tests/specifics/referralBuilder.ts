import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, FindingCode, ReferralSubmission } from '../../src/referrals/referralTypes';
import { checkSpecifics } from '../../src/specifics/checkSpecifics';

export const FIXTURE_DIR = join(__dirname, '../../../shared/fixtures/referrals');

export interface LabelledFixture {
  file: string;
  referral: ReferralSubmission;
  expect: FindingCode[];
  absent: FindingCode[];
  queue?: string;
}

export function labelledFixtures(): LabelledFixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as Omit<LabelledFixture, 'file'>) }));
}

/** The complete, specific referral (fixture 01), copied so each test can change it freely. */
export function completeReferral(): ReferralSubmission {
  return structuredClone(labelledFixtures().find((fixture) => fixture.file.startsWith('01-'))!.referral);
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

export function findingsOf(referral: ReferralSubmission, code?: FindingCode): Finding[] {
  const { findings } = checkSpecifics(referral);
  return code ? findings.filter((found) => found.code === code) : findings;
}

export function codesOf(referral: ReferralSubmission): FindingCode[] {
  return [...new Set(findingsOf(referral).map((found) => found.code))];
}
