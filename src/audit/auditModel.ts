import { Schema, Types, model } from 'mongoose';

export type AuditActorKind = 'staff' | 'partner' | 'referrer' | 'system';
export interface AuditActor {
  kind: AuditActorKind;
  id: string;
  email?: string;
  role?: string;
}

/**
 * One thing someone did or looked at. Insert-only: nothing updates or deletes an audit record, so the trail
 * answers "who has looked at this child's referral" even on a database without transactions.
 */
export interface AuditRecord {
  _id: Types.ObjectId;
  at: Date;
  actor: AuditActor;
  /** read, claim, release, renew, decide, reopen, reassign, sign-in, sign-in-failed, sign-out, answer-read... */
  action: string;
  reference?: string;
  ip?: string;
  /** Short, non-personal detail: an outcome code, a queue name, a reason typed by staff. */
  detail?: string;
}

const auditSchema = new Schema<AuditRecord>(
  {
    at: { type: Date, required: true },
    actor: { type: Schema.Types.Mixed, required: true },
    action: { type: String, required: true },
    reference: { type: String, required: false },
    ip: { type: String, required: false },
    detail: { type: String, required: false },
  },
  { versionKey: false },
);
// On MongoDB the trail for one referral is an index range; on FerretDB it is a scan (manager-only, not a hot path).
auditSchema.index({ reference: 1, at: 1 });

export const AuditModel = model<AuditRecord>('Audit', auditSchema, 'audit');
