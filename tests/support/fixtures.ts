import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ReferralSubmission } from '../../src/referrals/referralTypes';

export const FIXTURE_DIR = join(__dirname, '..', '..', '..', 'shared', 'fixtures', 'referrals');

export interface LabelledCase {
  file: string;
  name: string;
  referral: ReferralSubmission;
  expect: string[];
  absent: string[];
  queue?: string;
}

export function labelledCases(): LabelledCase[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(join(FIXTURE_DIR, file), 'utf8')) }));
}

/** A complete, specific referral (the first labelled case), deep-copied so a test can change it freely. */
export function completeReferral(): ReferralSubmission {
  return structuredClone(labelledCases()[0].referral);
}
