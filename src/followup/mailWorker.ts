import mongoose from 'mongoose';
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { config } from '../platform/config';
import { isDuplicateKey } from '../platform/db/database';
import { logger } from '../platform/logging';
import { pollingWorker, type Worker } from '../platform/workers';
import { ArchivedReferralModel, ReferralModel, type ReferralRecord } from '../referrals/referralModel';
import type { ReferralSubmission } from '../referrals/referralTypes';
import { answerLink, ensureAnswerLink } from './answerLinks';
import { followUpEmail, outcomeEmail, type EmailContent } from './mailTemplates';
import { classifyMailError, createMailSender, type MailSender } from './mailTransport';
import {
  MailAttemptModel,
  MailCursorModel,
  MailDoneModel,
  MailModel,
  type MailAttemptRecord,
  type MailDoneRecord,
  type MailKind,
  type MailRecord,
} from './followUpModels';

/** A decision as triage stores it; only the outbox entry and the outcome are read here. */
export interface DecisionOutbox {
  _id: string;
  reference?: string;
  outcome?: string;
  outcomeEmail?: { messageId: string; dueAt: Date };
}

export const DECISIONS_COLLECTION = 'decisions';
const decisions = () => mongoose.connection.collection<DecisionOutbox>(DECISIONS_COLLECTION);

/** A decision written this long after its due time is still found by the incremental scan. */
const DECISION_SCAN_MARGIN_MS = 15 * 60_000;
/** Now and then the decisions scan starts again from the beginning, in case a writer was slower than the margin. */
const FULL_DECISION_SCAN_MS = 60 * 60_000;
const DELIVERY_CONCURRENCY = 5;

interface Candidate {
  messageId: string;
  kind: MailKind;
  reference: string;
  decisionId?: string;
}

export interface MailWorkerOptions {
  /** Identifies the claimant in `mailAttempts`. */
  name?: string;
  /** Defaults to SMTP_URL, or .eml files when it is unset. */
  sender?: () => MailSender;
  now?: () => Date;
}

export interface MailWorker extends Worker {
  /** One round: find newly due emails (at most every MAIL_SCAN_MS), then deliver what is due. */
  tick(): Promise<void>;
  discover(): Promise<void>;
  deliver(): Promise<void>;
}

/** Active first, then the archive: an email can outlive the referral's stay in the active set. */
export async function findReferral(reference: string): Promise<ReferralRecord | null> {
  return (
    (await ReferralModel.findById(reference).lean<ReferralRecord>()) ?? (await ArchivedReferralModel.findById(reference).lean<ReferralRecord>())
  );
}

export function referenceOfDecision(decision: DecisionOutbox): string {
  return decision.reference ?? decision._id.slice(0, decision._id.lastIndexOf(':'));
}

export function backoffMs(attempt: number, random = Math.random()): number {
  const cfg = config();
  const base = Math.min(cfg.MAIL_RETRY_MAX_MS, cfg.MAIL_RETRY_BASE_MS * 2 ** Math.min(attempt - 1, 30));
  return Math.round(base * (0.8 + 0.4 * random));
}

/**
 * The outbox worker. Several may run at once (in one process or many): each attempt at each email is claimed by
 * inserting `mailAttempts` `<messageId>#<n>`, which a unique `_id` lets exactly one of them win, on MongoDB and
 * FerretDB alike. Delivery is at-least-once with a stable Message-ID: only a claimant that dies between sending and
 * recording can cause a repeat, and only after its lease has run out.
 */
export function createMailWorker(options: MailWorkerOptions = {}): MailWorker {
  const name = options.name ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const now = options.now ?? (() => new Date());
  const known = new Set<string>();
  let lastScan = 0;
  let lastFullDecisionScan = 0;
  let sender: MailSender | undefined;
  const getSender = () => (sender ??= (options.sender ?? createMailSender)());

  async function candidates(at: Date): Promise<Candidate[]> {
    const found: Candidate[] = [];
    const referrals = await ReferralModel.collection
      .find({ followUpEmail: { $exists: true } }, { projection: { followUpEmail: 1 } })
      .toArray();
    for (const r of referrals as unknown as Pick<ReferralRecord, '_id' | 'followUpEmail'>[]) {
      if (r.followUpEmail && new Date(r.followUpEmail.dueAt) <= at) found.push({ messageId: r.followUpEmail.messageId, kind: 'follow-up', reference: r._id });
    }

    const full = at.getTime() - lastFullDecisionScan >= FULL_DECISION_SCAN_MS;
    const cursor = full ? null : await MailCursorModel.findById(DECISIONS_COLLECTION).lean();
    const since = cursor ? new Date(cursor.dueAfter.getTime() - DECISION_SCAN_MARGIN_MS) : new Date(0);
    const due = await decisions()
      .find({ 'outcomeEmail.dueAt': { $gte: since } }, { projection: { outcomeEmail: 1, reference: 1 } })
      .toArray();
    for (const d of due) {
      if (d.outcomeEmail && new Date(d.outcomeEmail.dueAt) <= at) {
        found.push({ messageId: d.outcomeEmail.messageId, kind: 'outcome', reference: referenceOfDecision(d), decisionId: d._id });
      }
    }
    if (full) lastFullDecisionScan = at.getTime();
    return found;
  }

  /** Queues every due email not yet queued or finished. Safe to run anywhere, any number of times. */
  async function discover(): Promise<void> {
    const at = now();
    const found = await candidates(at);
    for (const c of found) {
      if (known.has(c.messageId)) continue;
      if (!(await MailDoneModel.exists({ _id: c.messageId }))) {
        const record: MailRecord = {
          _id: c.messageId,
          kind: c.kind,
          reference: c.reference,
          ...(c.decisionId ? { decisionId: c.decisionId } : {}),
          state: 'pending',
          attempts: 0,
          nextAttemptAt: at,
          createdAt: at,
        };
        try {
          await MailModel.collection.insertOne(record as never);
          logger.info({ reference: c.reference, kind: c.kind }, 'email queued');
        } catch (err) {
          if (!isDuplicateKey(err)) throw err;
        }
      }
      known.add(c.messageId);
    }
    // Forget what is no longer offered (archived referrals, decisions behind the cursor): the set stays small.
    const current = new Set(found.map((c) => c.messageId));
    for (const id of known) if (!current.has(id)) known.delete(id);
    await MailCursorModel.replaceOne({ _id: DECISIONS_COLLECTION }, { dueAfter: at, updatedAt: at }, { upsert: true });
  }

  async function deliver(): Promise<void> {
    const at = now();
    const queue = (await MailModel.find({}).lean<MailRecord[]>())
      .filter((m) => new Date(m.nextAttemptAt) <= at)
      .sort((a, b) => +new Date(a.nextAttemptAt) - +new Date(b.nextAttemptAt));
    let next = 0;
    const lane = async () => {
      while (next < queue.length) {
        const mail = queue[next++];
        try {
          await deliverOne(mail);
        } catch (err) {
          logger.warn({ reference: mail.reference, kind: mail.kind, err: { name: (err as Error)?.name, code: (err as { code?: unknown })?.code } }, 'email delivery round failed');
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(DELIVERY_CONCURRENCY, queue.length) }, lane));
  }

  /** Wins attempt n, or learns that someone else holds it. A claimant whose lease ran out without recording is skipped. */
  async function claim(mail: MailRecord): Promise<number | null> {
    let n = mail.attempts + 1;
    for (let tries = 0; tries < 10; tries++, n++) {
      const at = now();
      const attempt: MailAttemptRecord = { _id: `${mail._id}#${n}`, worker: name, claimedAt: at, leaseUntil: new Date(at.getTime() + config().MAIL_LEASE_MS) };
      try {
        await MailAttemptModel.collection.insertOne(attempt as never);
        return n;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
      const held = await MailAttemptModel.findById(`${mail._id}#${n}`).lean<MailAttemptRecord>();
      if (held && (held.result || new Date(held.leaseUntil) > at)) {
        // Finished attempt seen with a stale copy of the queue entry, or a live claim: nothing to do now.
        if (held.result && (await MailDoneModel.exists({ _id: mail._id }))) await MailModel.deleteOne({ _id: mail._id });
        return null;
      }
      const fresh = await MailModel.findById(mail._id).lean<MailRecord>();
      if (!fresh || fresh.attempts >= n) return null;
      // The claimant of attempt n died before recording anything: try n + 1.
    }
    return null;
  }

  async function deliverOne(mail: MailRecord): Promise<void> {
    const n = await claim(mail);
    if (n === null) return;
    const attemptId = `${mail._id}#${n}`;
    const record = (result: MailAttemptRecord['result'], code?: string) =>
      MailAttemptModel.updateOne({ _id: attemptId }, { $set: { result, ...(code ? { code } : {}) } });

    if (await MailDoneModel.exists({ _id: mail._id })) {
      await MailModel.deleteOne({ _id: mail._id });
      await record('already-sent');
      return;
    }

    const finish = async (state: 'sent' | 'failed', error?: string) => {
      const done: MailDoneRecord = {
        _id: mail._id,
        kind: mail.kind,
        reference: mail.reference,
        ...(mail.decisionId ? { decisionId: mail.decisionId } : {}),
        state,
        attempts: n,
        finishedAt: now(),
        ...(error ? { error } : {}),
      };
      try {
        await MailDoneModel.collection.insertOne(done as never);
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
      await MailModel.deleteOne({ _id: mail._id });
      await record(state, error);
      const log = { reference: mail.reference, kind: mail.kind, attempt: n, ...(error ? { code: error } : {}) };
      if (state === 'sent') logger.info(log, 'email sent');
      else logger.warn(log, 'email failed permanently: referrer could not be emailed');
    };

    const email = await compose(mail);
    if (!email) return finish('failed', 'NO_RECIPIENT');

    try {
      await getSender().send({ ...email.content, to: email.to, messageId: mail._id, fileName: email.fileName });
    } catch (err) {
      const { permanent, code } = classifyMailError(err);
      if (permanent || n >= config().MAIL_MAX_ATTEMPTS) return finish('failed', code);
      const delay = backoffMs(n);
      await MailModel.updateOne({ _id: mail._id }, { $set: { attempts: n, nextAttemptAt: new Date(now().getTime() + delay), lastError: code } });
      await record('retry', code);
      logger.info({ reference: mail.reference, kind: mail.kind, attempt: n, code, retryInMs: delay }, 'email delivery failed, will retry');
      return;
    }
    await finish('sent');
  }

  async function compose(mail: MailRecord): Promise<{ to: string; content: EmailContent; fileName: string } | null> {
    const referral = await findReferral(mail.reference);
    if (!referral) return null;
    const to = (JSON.parse(referral.submission) as ReferralSubmission).referrer?.email;
    if (!to) return null;
    if (mail.kind === 'follow-up') {
      const { token, expiresAt } = await ensureAnswerLink(mail.reference, mail._id, now());
      return { to, content: followUpEmail(mail.reference, answerLink(token), expiresAt), fileName: `${mail.reference}-follow-up` };
    }
    const decision = mail.decisionId ? await decisions().findOne({ _id: mail.decisionId }) : null;
    if (!decision) return null;
    const k = mail.decisionId!.slice(mail.decisionId!.lastIndexOf(':') + 1);
    return { to, content: outcomeEmail(mail.reference, decision.outcome ?? ''), fileName: `${mail.reference}-outcome-${k}` };
  }

  async function tick(): Promise<void> {
    const at = now().getTime();
    if (at - lastScan >= config().MAIL_SCAN_MS) {
      await discover();
      lastScan = at;
    }
    await deliver();
  }

  const loop = pollingWorker(`mail:${name}`, () => config().MAIL_POLL_MS, tick, (err) =>
    logger.error({ worker: name, err: { name: (err as Error)?.name, message: (err as Error)?.message } }, 'mail worker round failed'),
  );

  return {
    name: loop.name,
    start: () => loop.start(),
    async stop() {
      await loop.stop();
      sender?.close();
      sender = undefined;
    },
    tick,
    discover,
    deliver,
  };
}

export type MailStatus = 'none' | 'pending' | 'sent' | 'failed';

export interface ReferralMailStatus {
  followUp: MailStatus;
  /** The latest decision's outcome email. */
  outcome: MailStatus;
  /** True when any email to the referrer failed for good: staff should phone instead. */
  referrerCouldNotBeEmailed: boolean;
}

async function statusOf(messageId: string | undefined): Promise<MailStatus> {
  if (!messageId) return 'none';
  const done = await MailDoneModel.findById(messageId).lean<MailDoneRecord>();
  return done ? done.state : 'pending';
}

/** For the triage and web views: where the referrer's emails are. Reads by `_id` only. */
export async function mailStatusFor(reference: string): Promise<ReferralMailStatus> {
  const referral = await findReferral(reference);
  const followUp = await statusOf(referral?.followUpEmail?.messageId);
  // Decisions are numbered <reference>:1, :2 ... (one per reopen): `_id` look-ups, never a scan.
  const ds: DecisionOutbox[] = [];
  for (let k = 1; k < 100; k++) {
    const d = await decisions().findOne({ _id: `${reference}:${k}` }, { projection: { outcomeEmail: 1 } });
    if (!d) break;
    if (d.outcomeEmail) ds.push(d);
  }
  const outcomes = await Promise.all(ds.map((d) => statusOf(d.outcomeEmail!.messageId)));
  const outcome = outcomes.length ? outcomes[outcomes.length - 1] : 'none';
  return { followUp, outcome, referrerCouldNotBeEmailed: followUp === 'failed' || outcomes.includes('failed') };
}
