/** Size limits, shared by the zod rules and the OpenAPI annotations in referralTypes.ts (keep the two in step). */
export const LIMITS = {
  statement: 4000,
  shortText: 200,
  statementsPerSection: 30,
  children: 10,
  household: 20,
  idempotencyKey: 100,
} as const;
