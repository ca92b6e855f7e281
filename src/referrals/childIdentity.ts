import type { ReferralSubmission } from './referralTypes';

const squash = (s: string | undefined) => (s ?? '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]/g, '');

/**
 * Keys that identify a child across referrals, allowing for case and spacing: name + date of birth, and
 * name + postcode. Two referrals about one child share at least one key.
 */
export function childKeys(referral: ReferralSubmission): string[] {
  const keys = new Set<string>();
  for (const child of referral.children) {
    const name = `${squash(child.firstName)}.${squash(child.lastName)}`;
    if (child.dateOfBirth) keys.add(`dob:${name}:${child.dateOfBirth}`);
    if (child.postcode) keys.add(`pc:${name}:${squash(child.postcode)}`);
  }
  return [...keys];
}
