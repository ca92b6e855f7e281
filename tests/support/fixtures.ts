import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FindingCode, ReferralSubmission } from '../../src/referrals/referralTypes';

export const FIXTURE_DIR = join(__dirname, '..', '..', '..', 'shared', 'fixtures', 'referrals');

/** Labelled referral sets written by a practice lead who never saw the checker's code (see README). */
export const HELD_OUT_DIRS = ['heldout', 'heldout2', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9', 'heldout10', 'heldout11', 'heldout12', 'heldout13', 'heldout14', 'heldout15', 'heldout16', 'heldout17'].map((d) => join(__dirname, '..', 'specifics', d));

export interface LabelledCase {
  file: string;
  name: string;
  referral: ReferralSubmission;
  expect: FindingCode[];
  absent: FindingCode[];
  queue?: string;
}

export function labelledCases(dir = FIXTURE_DIR): LabelledCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...JSON.parse(readFileSync(join(dir, file), 'utf8')) }));
}

/** A complete, specific referral (the first labelled case), deep-copied so a test can change it freely. */
export function completeReferral(): ReferralSubmission {
  return structuredClone(labelledCases()[0].referral);
}
