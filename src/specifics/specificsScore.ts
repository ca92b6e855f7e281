import type { Finding, FindingCode } from '../referrals/referralTypes';

/** How much each missing specific costs when it needs an answer; advice-only notes cost less. */
const ASK_WEIGHT: Record<FindingCode, number> = {
  COLUMN_EMPTY: 15,
  VAGUE_STATEMENT: 12,
  NO_DANGER_STATEMENT: 12,
  JARGON: 8,
  NO_WHEN: 8,
  NO_SOURCE: 8,
  HEARSAY: 8,
  CHILD_DETAILS_MISSING: 8,
  NO_FREQUENCY: 6,
  NO_EXISTING_SAFETY: 6,
  NO_CHILD_VOICE: 6,
  VAGUE_FREQUENCY: 5,
  NO_WORST_INCIDENT: 5,
  NEXT_STEP_NO_OWNER: 5,
  SCALING_MISSING: 5,
  CONSENT_UNCLEAR: 5,
};
const NOTE_FACTOR = 0.4;

/** 100 when nothing is missing, down to 0. */
export function specificsScoreOf(findings: Finding[]): number {
  const deductions = findings.reduce(
    (total, { code, severity }) => total + ASK_WEIGHT[code] * (severity === 'ask' ? 1 : NOTE_FACTOR),
    0,
  );
  return Math.max(0, Math.round(100 - deductions));
}
