/** Size limits, shared by the zod rules and the OpenAPI annotations in referralTypes.ts (keep the two in step). */
export const LIMITS = {
  statement: 4000,
  /** All statements, reasons and rationale together: about ten times a long real referral. Bounds the work one check can cost. */
  totalText: 40_000,
  shortText: 200,
  statementsPerSection: 30,
  children: 10,
  household: 20,
  idempotencyKey: 100,
} as const;
