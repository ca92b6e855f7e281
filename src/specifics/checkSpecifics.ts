import type { Finding, ReferralSubmission } from '../referrals/referralTypes';
import { buildContext, type SpecificsContext } from './context';
import { RULES } from './rules';
import { specificsScoreOf } from './specificsScore';

/**
 * The specifics check: what a Signs of Safety practice lead would ask a referrer to be clearer about.
 * Pure and synchronous (no I/O), so the dry run, the form and partner submissions all get exactly the same answer.
 */
export function checkSpecifics(referral: ReferralSubmission, ctx: SpecificsContext = buildContext(referral)): { findings: Finding[]; specificsScore: number } {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    for (const found of rule(ctx)) findings.push(found);
  }
  return { findings, specificsScore: specificsScoreOf(findings) };
}
