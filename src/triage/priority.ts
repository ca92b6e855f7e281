import type { Queue, ReferralSubmission, Route } from '../referrals/referralTypes';
import { ageInYears } from './routing';

/** Queues are 100 apart and the adjustments inside a queue add up to less, so a queue never overtakes another. */
const QUEUE_BASE: Record<Queue, number> = {
  'immediate-risk': 400,
  'child-protection': 300,
  'child-in-care': 200,
  'early-help': 100,
};

/** Younger children are more vulnerable; an unknown age is treated as a young child. */
function agePoints(referral: ReferralSubmission, now: Date): number {
  const ages = (referral.children ?? []).map((child) => ageInYears(child, now));
  const known = ages.filter((age): age is number => age !== undefined);
  if (known.length < ages.length || known.length === 0) return 25;
  const youngest = Math.min(...known);
  if (youngest < 1) return 40;
  if (youngest < 5) return 25;
  if (youngest < 11) return 10;
  return 0;
}

/** 0 (remove into care now) is the most urgent; a missing score counts as the most urgent, never the least. */
function scalingPoints(referral: ReferralSubmission): number {
  const score = referral.scaling?.score;
  return typeof score === 'number' && score >= 0 && score <= 10 ? (10 - score) * 5 : 50;
}

/** Higher is more urgent: the queue first, then a low scaling score and a young child. */
export function priorityOf(referral: ReferralSubmission, route: Route, now: Date = new Date()): number {
  return QUEUE_BASE[route.queue] + scalingPoints(referral) + agePoints(referral, now);
}
