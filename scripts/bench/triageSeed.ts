import { randomInt } from 'node:crypto';
import type { Db } from 'mongodb';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const code = (n: number) => Array.from({ length: n }, () => ALPHABET[randomInt(32)]).join('');
/** A reference in the service's own form (`SR-XXXX-XXXX`), with all eight characters random so seeds never clash. */
export const benchReference = () => `SR-${code(4)}-${code(4)}`;

export type StoredReferral = Record<string, unknown> & { _id: string; queue: string; receivedAt: Date; decisionDueAt: Date };

export interface TriageSeedPlan {
  /** The queue the listing is measured on; every open referral is put there (the hardest case for that queue). */
  queue: string;
  open: number;
  /** Open referrals another worker (not one of the benchmark's) holds a live claim on. */
  openClaimedByOthers: number;
  /** Decided within DECIDED_RETENTION_HOURS: still in `referrals` (status decided) with their released claims. */
  recentlyDecided: number;
  /** Decided earlier and moved by the archive worker: in `archivedReferrals`, claims deleted. */
  archived: number;
}

const OUTCOMES = ['no-further-action', 'advice-and-signposting', 'early-help', 'child-and-family-assessment', 'strategy-discussion'];
const QUEUES = ['immediate-risk', 'child-protection', 'early-help', 'child-in-care'];
const HOUR = 3_600_000;

/**
 * Fills a triage database the way months of use would leave it, straight through the driver (the real path,
 * intake -> claim -> decide -> archive, would take far longer than the benchmark may): every document is a real
 * stored referral (templates read back from the service after it took the fixtures) with a fresh reference and
 * idempotency key, and every closed one has its decision in `decisions`.
 */
export async function seedTriage(db: Db, templates: StoredReferral[], plan: TriageSeedPlan, now = Date.now()): Promise<Record<string, number>> {
  const referrals: StoredReferral[] = [];
  const archived: StoredReferral[] = [];
  const decisions: Record<string, unknown>[] = [];
  const claims: Record<string, unknown>[] = [];
  let i = 0;
  const fresh = (receivedAt: Date, queue: string): StoredReferral => {
    const t = templates[i++ % templates.length];
    const _id = benchReference();
    const doc: StoredReferral = { ...t, _id, idempotencyKey: `${t.owner as string}:seed-${i}-${code(6)}`, receivedAt, queue };
    if (t.followUpEmail) doc.followUpEmail = { messageId: `<${_id}.follow-up@safer-referral-intake>`, dueAt: receivedAt };
    return doc;
  };
  const decide = (doc: StoredReferral, decidedAt: Date) => {
    const outcome = OUTCOMES[i % OUTCOMES.length];
    const outcomeEmail = { messageId: `<${doc._id}.outcome.1@safer-referral-intake>`, dueAt: decidedAt };
    doc.status = 'decided';
    doc.triage = { round: 1, outcome, decidedAt, decidedBy: 'seed.worker@council.example', workerScore: 6, outcomeEmail };
    decisions.push({
      _id: `${doc._id}:1`,
      reference: doc._id,
      k: 1,
      outcome,
      rationale: 'Seeded decision: the referral describes the worry specifically; early help offered with the school.',
      workerScaling: { score: 6, rationale: 'Mum is engaging and the school sees Maya every day.' },
      decidedBy: { staffId: 'stseed', email: 'seed.worker@council.example', role: 'worker' },
      decidedAt,
      queue: doc.queue,
      outcomeEmail,
    });
  };

  for (let n = 0; n < plan.open; n++) {
    const receivedAt = new Date(now - randomInt(5 * 24) * HOUR - randomInt(HOUR));
    const doc = fresh(receivedAt, plan.queue);
    doc.decisionDueAt = new Date(receivedAt.getTime() + 24 * HOUR); // some overdue, most not
    doc.status = 'open';
    referrals.push(doc);
    if (n < plan.openClaimedByOthers) {
      const claimedAt = new Date(now - randomInt(10 * 60_000));
      claims.push({ _id: `${doc._id}:1`, reference: doc._id, n: 1, holderId: 'stother', holderEmail: 'other.worker@council.example', queue: plan.queue, claimedAt, expiresAt: new Date(claimedAt.getTime() + 30 * 60_000) });
    }
  }
  for (let n = 0; n < plan.recentlyDecided; n++) {
    const decidedAt = new Date(now - randomInt(47 * HOUR));
    const doc = fresh(new Date(decidedAt.getTime() - randomInt(1, 24) * HOUR), QUEUES[n % QUEUES.length]);
    decide(doc, decidedAt);
    referrals.push(doc);
    claims.push({
      _id: `${doc._id}:1`,
      reference: doc._id,
      n: 1,
      holderId: 'stseed',
      holderEmail: 'seed.worker@council.example',
      queue: doc.queue,
      claimedAt: new Date(decidedAt.getTime() - 20 * 60_000),
      expiresAt: new Date(decidedAt.getTime() + 10 * 60_000),
      releasedAt: decidedAt,
    });
  }
  for (let n = 0; n < plan.archived; n++) {
    const decidedAt = new Date(now - 49 * HOUR - randomInt(365 * 24) * HOUR);
    const doc = fresh(new Date(decidedAt.getTime() - randomInt(1, 24) * HOUR), QUEUES[n % QUEUES.length]);
    decide(doc, decidedAt);
    archived.push(doc);
  }

  const insert = async (name: string, docs: object[]) => {
    for (let start = 0; start < docs.length; start += 1000) {
      await db.collection(name).insertMany(docs.slice(start, start + 1000) as never[], { ordered: false });
    }
  };
  await insert('referrals', referrals);
  await insert('archivedReferrals', archived);
  await insert('decisions', decisions);
  await insert('claims', claims);
  return { referrals: referrals.length, archivedReferrals: archived.length, decisions: decisions.length, claims: claims.length };
}
