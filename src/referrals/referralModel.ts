import { Schema, model } from 'mongoose';
import type { Queue } from './referralTypes';

/**
 * A stored referral. `_id` is the public reference (so a lookup by reference is a lookup by id).
 *
 * Two collections share this shape: `referrals` holds active referrals (open, or decided within the idempotency
 * retention window) and `archivedReferrals` the rest. Keeping the active set small keeps First Contact's queue
 * fast even on the embedded FerretDB, which scans whole collections for anything but `_id`.
 *
 * `submission` and `findings` are stored as JSON text: they are written once, never queried by field, and read
 * whole. Kept as text they cost the database almost nothing to skip over when it scans the queue.
 */
export interface ReferralRecord {
  _id: string;
  /** `<owner>:<Idempotency-Key>`; generated when the client sends none (a unique index cannot be partial on FerretDB). */
  idempotencyKey: string;
  /** SHA-256 of the request body, to tell a retry from a different referral sent with a reused key. */
  requestHash: string;
  /** Partner key id for API submissions, `web` for the form. */
  owner: string;
  channel: 'api' | 'web';
  receivedAt: Date;
  queue: Queue;
  routeReasons: string[];
  priority: number;
  decisionDueAt: Date;
  specificsScore: number;
  /** Normalised child identities, to find earlier referrals about the same child. */
  childKeys: string[];
  submission: string;
  findings: string;
  status: 'open' | 'decided';
  /** Outbox entry for the follow-up questions email: written with the referral, delivered by the mail worker. */
  followUpEmail?: { messageId: string; dueAt: Date };
  /** Triage state, written only by the holder of the referral's current claim (see src/triage). */
  triage?: Record<string, unknown>;
}

export const referralSchema = new Schema<ReferralRecord>(
  {
    _id: { type: String, required: true },
    idempotencyKey: { type: String, required: true, unique: true },
    requestHash: { type: String, required: true },
    owner: { type: String, required: true },
    channel: { type: String, required: true },
    receivedAt: { type: Date, required: true },
    queue: { type: String, required: true },
    routeReasons: { type: [String], default: [] },
    priority: { type: Number, required: true },
    decisionDueAt: { type: Date, required: true },
    specificsScore: { type: Number, required: true },
    childKeys: { type: [String], default: [] },
    submission: { type: String, required: true },
    findings: { type: String, required: true },
    status: { type: String, required: true, default: 'open' },
    followUpEmail: { type: new Schema({ messageId: String, dueAt: Date }, { _id: false }), required: false },
    triage: { type: Schema.Types.Mixed, required: false },
  },
  { versionKey: false, minimize: true },
);
// The queue view's equality prefix (on MongoDB; FerretDB scans, which is why this collection stays small).
referralSchema.index({ queue: 1, status: 1, priority: -1, receivedAt: 1 });
referralSchema.index({ childKeys: 1 });
referralSchema.index({ owner: 1, receivedAt: -1 });

export const ReferralModel = model<ReferralRecord>('Referral', referralSchema, 'referrals');
export const ArchivedReferralModel = model<ReferralRecord>('ArchivedReferral', referralSchema.clone(), 'archivedReferrals');
