import type { DecisionOutcome } from './triageTypes';
import { Schema, model } from 'mongoose';

/*
 * Triage state lives in insert-only collections keyed by `_id`, because on FerretDB 1.x the only atomic
 * operation is an insert refused by a unique index. Each fact is numbered per referral (`<ref>:<n>`): whoever
 * inserts number n+1 first has won, and everyone else gets a duplicate-key error.
 */

/** A lease on a referral. `_id` = `<reference>:<n>`; the highest n is the current claim. */
export interface ClaimRecord {
  _id: string;
  reference: string;
  n: number;
  holderId: string;
  holderEmail: string;
  queue: string;
  claimedAt: Date;
  expiresAt: Date;
  /** Written only by the holder, only while the lease is unexpired. */
  releasedAt?: Date;
}
const claimSchema = new Schema<ClaimRecord>(
  {
    _id: { type: String, required: true },
    reference: { type: String, required: true },
    n: { type: Number, required: true },
    holderId: { type: String, required: true },
    holderEmail: { type: String, required: true },
    queue: { type: String, required: true },
    claimedAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    releasedAt: { type: Date, required: false },
  },
  { versionKey: false },
);
claimSchema.index({ reference: 1, n: -1 });
export const ClaimModel = model<ClaimRecord>('Claim', claimSchema, 'claims');

/** Every outcome a decision can have; the type itself is `DecisionOutcome`, part of the API contract. */
export const OUTCOMES = [
  'no-further-action',
  'advice-and-signposting',
  'early-help',
  'child-and-family-assessment',
  'strategy-discussion',
  'already-open-to-social-care',
] as const satisfies readonly DecisionOutcome[];

/**
 * The decision for one round of a referral. `_id` = `<reference>:<k>`: k = 1 for the first decision, k+1 after
 * each reopen. The unique `_id` is the "one decision per referral" guard. `outcomeEmail` is the outbox entry for
 * the referrer's outcome email, delivered by the follow-up capability.
 */
export interface DecisionRecord {
  _id: string;
  reference: string;
  k: number;
  outcome: DecisionOutcome;
  rationale: string;
  workerScaling: { score: number; rationale: string };
  decidedBy: { staffId: string; email: string; role: string };
  decidedAt: Date;
  queue: string;
  outcomeEmail: { messageId: string; dueAt: Date };
}
const decisionSchema = new Schema<DecisionRecord>(
  {
    _id: { type: String, required: true },
    reference: { type: String, required: true },
    k: { type: Number, required: true },
    outcome: { type: String, required: true },
    rationale: { type: String, required: true },
    workerScaling: { type: Schema.Types.Mixed, required: true },
    decidedBy: { type: Schema.Types.Mixed, required: true },
    decidedAt: { type: Date, required: true },
    queue: { type: String, required: true },
    outcomeEmail: { type: Schema.Types.Mixed, required: true },
  },
  { versionKey: false },
);
decisionSchema.index({ reference: 1 });
export const DecisionModel = model<DecisionRecord>('Decision', decisionSchema, 'decisions');

/** A manager reopening decision k. `_id` = `<reference>:<k>`. */
export interface ReopenRecord {
  _id: string;
  reference: string;
  k: number;
  reason: string;
  by: { staffId: string; email: string; role: string };
  at: Date;
}
const reopenSchema = new Schema<ReopenRecord>(
  {
    _id: { type: String, required: true },
    reference: { type: String, required: true },
    k: { type: Number, required: true },
    reason: { type: String, required: true },
    by: { type: Schema.Types.Mixed, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
export const ReopenModel = model<ReopenRecord>('Reopen', reopenSchema, 'reopens');

/** A referral moved to another queue. `_id` = `<reference>:<m>`. */
export interface QueueMoveRecord {
  _id: string;
  reference: string;
  m: number;
  from: string;
  to: string;
  reason: string;
  by: { staffId: string; email: string; role: string };
  at: Date;
}
const queueMoveSchema = new Schema<QueueMoveRecord>(
  {
    _id: { type: String, required: true },
    reference: { type: String, required: true },
    m: { type: Number, required: true },
    from: { type: String, required: true },
    to: { type: String, required: true },
    reason: { type: String, required: true },
    by: { type: Schema.Types.Mixed, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
export const QueueMoveModel = model<QueueMoveRecord>('QueueMove', queueMoveSchema, 'queueMoves');

/**
 * "This child was referred in referral X": `_id` = `<childKey>#<n>`, written when a referral is archived, so
 * earlier referrals about a child are found by `_id` look-ups instead of scanning the archive.
 */
export interface ChildSightingRecord {
  _id: string;
  key: string;
  n: number;
  reference: string;
  receivedAt: Date;
}
const childSightingSchema = new Schema<ChildSightingRecord>(
  {
    _id: { type: String, required: true },
    key: { type: String, required: true },
    n: { type: Number, required: true },
    reference: { type: String, required: true },
    receivedAt: { type: Date, required: true },
  },
  { versionKey: false },
);
export const ChildSightingModel = model<ChildSightingRecord>('ChildSighting', childSightingSchema, 'childSightings');
