import { createHash, randomUUID } from 'node:crypto';
import { checkSpecifics } from '../specifics/checkSpecifics';
import { buildContext } from '../specifics/context';
import { routeReferral } from '../triage/routing';
import { priorityOf } from '../triage/priority';
import { decisionDeadline } from '../triage/deadlines';
import { noteOpenReferral } from '../triage/openQueueSnapshot';
import { config } from '../platform/config';
import { isDuplicateKey } from '../platform/db/database';
import { NotFound, Unprocessable } from '../platform/errors';
import { ArchivedReferralModel, ReferralModel, type ReferralRecord } from './referralModel';
import { referralSubmissionSchema } from './referralSchemas';
import { newReference } from './reference';
import { childKeys } from './childIdentity';
import type { CheckResult, Finding, ReferralReceipt, ReferralSubmission, SubmittedReferral } from './referralTypes';

/** The dry run and a real submission both come through here, so they can never disagree. */
export function checkReferral(submission: ReferralSubmission): CheckResult {
  // Read once: the check and routing's "too general to tell" look at the same statements.
  const context = buildContext(submission);
  const { findings, specificsScore } = checkSpecifics(submission, context);
  return { findings, specificsScore, route: routeReferral(submission, { context }) };
}

/** Validates the rules the HTTP layer cannot (lengths, formats, at least one worry); throws ZodError naming each field. */
export function parseSubmission(body: unknown): ReferralSubmission {
  return referralSubmissionSchema.parse(body);
}

export interface SubmitContext {
  owner: string;
  channel: 'api' | 'web';
  idempotencyKey?: string;
  now?: Date;
}

/**
 * Stores a referral in one database write and answers its receipt. The follow-up email rides in the same
 * document (an outbox needing no transaction); the idempotency key is always set, so one unique index
 * makes retries safe.
 */
export async function submitReferral(submission: ReferralSubmission, ctx: SubmitContext): Promise<ReferralReceipt> {
  // The parsed submission's keys come out in the schema's order whatever order they were sent in, so this text
  // (stored as it is) is canonical: a retry that re-serialises the same referral gets the same hash.
  const submissionJson = JSON.stringify(submission);
  const requestHash = createHash('sha256').update(submissionJson).digest('hex');
  const idempotencyKey = `${ctx.owner}:${ctx.idempotencyKey ?? `generated-${randomUUID()}`}`;
  const receivedAt = ctx.now ?? new Date();
  const check = checkReferral(submission);
  const cfg = config();
  const decisionDueAt = decisionDeadline(receivedAt, check.route.queue, {
    immediateRiskHours: cfg.IMMEDIATE_RISK_HOURS,
    extraHolidays: cfg.BANK_HOLIDAYS_EXTRA,
  });
  const asks = check.findings.some((f) => f.severity === 'ask');

  for (let attempt = 0; attempt < 5; attempt++) {
    const reference = newReference(receivedAt.getTime());
    const record: ReferralRecord = {
      _id: reference,
      idempotencyKey,
      requestHash,
      owner: ctx.owner,
      channel: ctx.channel,
      receivedAt,
      queue: check.route.queue,
      routeReasons: check.route.reasons,
      priority: priorityOf(submission, check.route),
      decisionDueAt,
      specificsScore: check.specificsScore,
      childKeys: childKeys(submission),
      submission: submissionJson,
      findings: JSON.stringify(check.findings),
      status: 'open',
      ...(asks ? { followUpEmail: { messageId: `<${reference}.follow-up@safer-referral-intake>`, dueAt: receivedAt } } : {}),
    };
    try {
      await ReferralModel.collection.insertOne(record as never);
      noteOpenReferral(record);
      return { reference, receivedAt, decisionDueAt, findings: check.findings, specificsScore: check.specificsScore, route: check.route };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // FerretDB does not say which unique index refused the insert. Ask the cheap question first: a look-up by
      // `_id` is an index search, whereas one by idempotency key decodes every active referral on FerretDB.
      const holder = await ReferralModel.findById(reference, { idempotencyKey: 1 }).lean<Pick<ReferralRecord, '_id' | 'idempotencyKey'>>();
      if (holder && holder.idempotencyKey !== idempotencyKey) continue; // the reference clashed: draw again
      const earlier = await ReferralModel.findOne({ idempotencyKey }).lean<ReferralRecord>();
      if (earlier) {
        if (earlier.requestHash !== requestHash) {
          throw new Unprocessable('This Idempotency-Key was already used for a different referral. Use a new key for a new referral.');
        }
        return receiptOf(earlier);
      }
      // otherwise the reference clashed with another active referral: draw again
    }
  }
  throw new Error('could not allocate a unique reference');
}

/** A partner reads back what it submitted; anyone else's reference answers 404, so existence does not leak. */
export async function getSubmittedReferral(reference: string, owner: string): Promise<SubmittedReferral> {
  const record = await findReferralRecord(reference);
  if (!record || record.owner !== owner) throw new NotFound(`No referral ${reference} from your organisation.`);
  return { ...receiptOf(record), referral: JSON.parse(record.submission), status: record.status };
}

/** Active first (small, and where nearly every look-up lands), then the archive. */
export async function findReferralRecord(reference: string): Promise<ReferralRecord | null> {
  return (
    (await ReferralModel.findById(reference).lean<ReferralRecord>()) ?? (await ArchivedReferralModel.findById(reference).lean<ReferralRecord>())
  );
}

export function receiptOf(record: ReferralRecord): ReferralReceipt {
  return {
    reference: record._id,
    receivedAt: record.receivedAt,
    decisionDueAt: record.decisionDueAt,
    findings: JSON.parse(record.findings) as Finding[],
    specificsScore: record.specificsScore,
    route: { queue: record.queue, reasons: record.routeReasons },
  };
}
