import { z } from 'zod';
import { config } from '../platform/config';
import { isDuplicateKey } from '../platform/db/database';
import { BadRequest, Conflict, NotFound } from '../platform/errors';
import type { StaffMember } from '../platform/auth/authentication';
import { recordAudit } from '../audit/auditService';
import { actorOf } from '../staff/staffService';
import { ArchivedReferralModel, ReferralModel, type ReferralRecord } from '../referrals/referralModel';
import { DecisionModel, OUTCOMES, QueueMoveModel, ReopenModel, type DecisionRecord, type QueueMoveRecord, type ReopenRecord } from './triageModels';
import { assertHolds, endOwnClaim } from './claimService';
import { noteNoLongerOpen, noteOpenReferral } from './openQueueSnapshot';
import { assertManager, assertMayReadReferrals, assertMayTriage } from './permissions';
import { QUEUES } from './queueService';
import type { DecisionInput, DecisionView, MoveInput, QueueMoveView, ReopenView, TriageQueue } from './triageTypes';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
/** The same rules for the API and the web form (tsoa checks types first; this checks what types cannot). */
export const decisionInputSchema = z.object({
  outcome: z.enum(OUTCOMES),
  rationale: text(8000),
  workerScaling: z.object({ score: z.number().int().min(0).max(10), rationale: text(4000) }),
}) satisfies z.ZodType<DecisionInput, z.ZodTypeDef, unknown>;
const reasonSchema = text(2000);

/** `<ref>:1`, `<ref>:2`, ... read by `_id` until one is missing: a handful of cheap look-ups. */
async function numbered<T>(find: (id: string) => Promise<T | null>, reference: string): Promise<T[]> {
  const found: T[] = [];
  for (let n = 1; n < 1000; n++) {
    const doc = await find(`${reference}:${n}`);
    if (!doc) break;
    found.push(doc);
  }
  return found;
}

export const reopensOf = (reference: string) => numbered((id) => ReopenModel.findById(id).lean<ReopenRecord>(), reference);
export const movesOf = (reference: string) => numbered((id) => QueueMoveModel.findById(id).lean<QueueMoveRecord>(), reference);
export const decisionsOf = (reference: string) => numbered((id) => DecisionModel.findById(id).lean<DecisionRecord>(), reference);

/** The decision round now open: 1, or one more than the number of reopens. */
export async function currentRound(reference: string): Promise<number> {
  return (await reopensOf(reference)).length + 1;
}

export function decisionView(d: DecisionRecord): DecisionView {
  return {
    reference: d.reference,
    round: d.k,
    outcome: d.outcome,
    rationale: d.rationale,
    workerScaling: { score: d.workerScaling.score, rationale: d.workerScaling.rationale },
    decidedBy: d.decidedBy,
    decidedAt: d.decidedAt,
    outcomeEmailMessageId: d.outcomeEmail.messageId,
  };
}

export const reopenView = (r: ReopenRecord): ReopenView => ({ round: r.k, reason: r.reason, by: r.by, at: r.at });
export const moveView = (m: QueueMoveRecord): QueueMoveView => ({ from: m.from as TriageQueue, to: m.to as TriageQueue, reason: m.reason, by: m.by, at: m.at });

const by = (staff: StaffMember) => ({ staffId: staff.staffId, email: staff.email, role: staff.role });

async function activeReferral(reference: string): Promise<ReferralRecord> {
  const referral = await ReferralModel.findById(reference, { submission: 0, findings: 0 }).lean<ReferralRecord>();
  if (referral) return referral;
  if (await ArchivedReferralModel.exists({ _id: reference })) throw new Conflict(`Referral ${reference} was decided and has been archived.`);
  throw new NotFound(`No referral ${reference}.`);
}

function parse<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, value: unknown, field?: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new BadRequest(
    'Some fields are missing or not in the expected form.',
    result.error.issues.map((i) => ({ field: [field, ...i.path].filter((p) => p !== undefined).join('.') || 'body', message: i.message })),
  );
}

/**
 * Records the decision for the current round. Only the holder of a live claim may decide; the unique
 * `decisions/<ref>:<round>` makes it one decision per round even if two requests race. The outcome email to the
 * referrer rides in the decision (`outcomeEmail`), for the follow-up capability's outbox worker.
 */
export async function decide(staff: StaffMember, reference: string, input: DecisionInput, ip?: string): Promise<DecisionView> {
  assertMayReadReferrals(staff, reference);
  const parsed = parse(decisionInputSchema, input);
  const referral = await activeReferral(reference);
  const k = await currentRound(reference);
  if (referral.status !== 'open' || (await DecisionModel.exists({ _id: `${reference}:${k}` }))) {
    throw new Conflict(`Referral ${reference} has already been decided. A manager can reopen it.`);
  }
  const now = new Date();
  const claim = await assertHolds(staff, reference, now);
  const decision: DecisionRecord = {
    _id: `${reference}:${k}`,
    reference,
    k,
    outcome: parsed.outcome as DecisionRecord['outcome'],
    rationale: parsed.rationale,
    workerScaling: { score: parsed.workerScaling.score, rationale: parsed.workerScaling.rationale },
    decidedBy: by(staff),
    decidedAt: now,
    queue: referral.queue,
    outcomeEmail: { messageId: `<${reference}.outcome.${k}@safer-referral-intake>`, dueAt: now },
  };
  try {
    await DecisionModel.collection.insertOne(decision as never);
  } catch (err) {
    if (isDuplicateKey(err)) throw new Conflict(`Referral ${reference} has just been decided by someone else.`);
    throw err;
  }
  // Single writer: only the winner of the insert above gets here for this round.
  await ReferralModel.updateOne(
    { _id: reference },
    {
      $set: {
        status: 'decided',
        'triage.round': k,
        'triage.outcome': decision.outcome,
        'triage.decidedAt': now,
        'triage.decidedBy': staff.email,
        'triage.workerScore': decision.workerScaling.score,
        'triage.outcomeEmail': decision.outcomeEmail,
      },
    },
  );
  noteNoLongerOpen(reference);
  await endOwnClaim(claim);
  await recordAudit({ actor: actorOf(staff), action: 'decide', reference, ip, detail: `${decision.outcome} (round ${k})` });
  return decisionView(decision);
}

/** A manager reopens the current decision with a reason; the referral goes back to its queue with a new deadline. */
export async function reopen(staff: StaffMember, reference: string, reason: string, ip?: string): Promise<ReopenView> {
  assertMayReadReferrals(staff, reference);
  assertManager(staff);
  const why = parse(reasonSchema, reason, 'reason');
  let referral = await ReferralModel.findById(reference, { submission: 0, findings: 0 }).lean<ReferralRecord>();
  if (!referral) {
    const archived = await ArchivedReferralModel.findById(reference).lean<ReferralRecord>();
    if (!archived) throw new NotFound(`No referral ${reference}.`);
    // Back into the active set first (dup-tolerant), then out of the archive.
    try {
      await ReferralModel.collection.insertOne(archived as never);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    await ArchivedReferralModel.deleteOne({ _id: reference });
    referral = archived;
  }
  const k = await currentRound(reference);
  if (!(await DecisionModel.exists({ _id: `${reference}:${k}` }))) throw new Conflict(`Referral ${reference} is still open: there is no decision to reopen.`);
  const now = new Date();
  const record: ReopenRecord = { _id: `${reference}:${k}`, reference, k, reason: why, by: by(staff), at: now };
  try {
    await ReopenModel.collection.insertOne(record as never);
  } catch (err) {
    if (isDuplicateKey(err)) throw new Conflict(`Referral ${reference} has just been reopened by someone else.`);
    throw err;
  }
  const cfg = config();
  const { decisionDeadline } = await import('./deadlines');
  const decisionDueAt = decisionDeadline(now, referral.queue, { immediateRiskHours: cfg.IMMEDIATE_RISK_HOURS, extraHolidays: cfg.BANK_HOLIDAYS_EXTRA });
  await ReferralModel.updateOne(
    { _id: reference },
    { $set: { status: 'open', decisionDueAt, 'triage.round': k + 1, 'triage.reopenedAt': now }, $unset: { 'triage.outcome': '', 'triage.decidedAt': '' } },
  );
  noteOpenReferral({ ...referral, decisionDueAt });
  await recordAudit({ actor: actorOf(staff), action: 'reopen', reference, ip, detail: why });
  return reopenView(record);
}

/**
 * Moves a referral to another queue, with a reason. The mover must hold the claim (so the queue has one writer);
 * the claim ends with the move, so the other team can take it. Moving into immediate-risk can bring the deadline
 * forward, never back.
 */
export async function moveQueue(staff: StaffMember, reference: string, input: MoveInput, ip?: string): Promise<QueueMoveView> {
  assertMayReadReferrals(staff, reference);
  assertMayTriage(staff);
  const why = parse(reasonSchema, input?.reason, 'reason');
  if (!(QUEUES as readonly string[]).includes(input?.queue)) {
    throw new BadRequest('Choose a queue.', [{ field: 'queue', message: `must be one of ${QUEUES.join(', ')}` }]);
  }
  const referral = await activeReferral(reference);
  if (referral.status !== 'open') throw new Conflict(`Referral ${reference} has already been decided.`);
  if (referral.queue === input.queue) throw new BadRequest(`Referral ${reference} is already in ${input.queue}.`, [{ field: 'queue', message: 'same as now' }]);
  const now = new Date();
  const claim = await assertHolds(staff, reference, now);
  let record: QueueMoveRecord | undefined;
  for (let m = (await movesOf(reference)).length + 1; !record && m < 1000; m++) {
    const candidate: QueueMoveRecord = { _id: `${reference}:${m}`, reference, m, from: referral.queue, to: input.queue, reason: why, by: by(staff), at: now };
    try {
      await QueueMoveModel.collection.insertOne(candidate as never);
      record = candidate;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  if (!record) throw new Conflict('Could not record the move; try again.');
  const cfg = config();
  const { decisionDeadline } = await import('./deadlines');
  const recomputed = decisionDeadline(referral.receivedAt, input.queue, { immediateRiskHours: cfg.IMMEDIATE_RISK_HOURS, extraHolidays: cfg.BANK_HOLIDAYS_EXTRA });
  const decisionDueAt = recomputed < referral.decisionDueAt ? recomputed : referral.decisionDueAt;
  await ReferralModel.updateOne({ _id: reference }, { $set: { queue: input.queue, decisionDueAt } });
  noteOpenReferral({ ...referral, queue: input.queue, decisionDueAt });
  await endOwnClaim(claim);
  await recordAudit({ actor: actorOf(staff), action: 'reassign', reference, ip, detail: `${referral.queue} -> ${input.queue}: ${why}` });
  return moveView(record);
}
