import { Types } from 'mongoose';
import { AuditModel, type AuditActor, type AuditRecord } from './auditModel';
import type { AuditEntry } from './auditTypes';

export interface AuditInput {
  actor: AuditActor;
  action: string;
  reference?: string;
  ip?: string;
  detail?: string;
  at?: Date;
}

/**
 * Appends one audit record. Callers await it before answering, so a read that could not be recorded is not
 * shown (the error reaches the client as a 503/500 instead).
 */
export async function recordAudit(input: AuditInput): Promise<void> {
  const record: AuditRecord = {
    _id: new Types.ObjectId(),
    at: input.at ?? new Date(),
    actor: stripUndefined(input.actor),
    action: input.action,
    ...(input.reference ? { reference: input.reference } : {}),
    ...(input.ip ? { ip: input.ip } : {}),
    ...(input.detail ? { detail: input.detail.slice(0, 1000) } : {}),
  };
  await AuditModel.collection.insertOne(record as never);
}

/** Everything recorded about one referral, oldest first. Permission checks belong to the caller (see triage). */
export async function auditTrail(reference: string): Promise<AuditEntry[]> {
  const records = await AuditModel.find({ reference }).lean<AuditRecord[]>();
  return records
    .sort((a, b) => a.at.getTime() - b.at.getTime() || String(a._id).localeCompare(String(b._id)))
    .map((r) => ({
      at: r.at,
      actor: { kind: r.actor.kind, id: r.actor.id, ...(r.actor.email ? { email: r.actor.email } : {}), ...(r.actor.role ? { role: r.actor.role } : {}) },
      action: r.action,
      ...(r.reference ? { reference: r.reference } : {}),
      ...(r.ip ? { ip: r.ip } : {}),
      ...(r.detail ? { detail: r.detail } : {}),
    }));
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
