import type { StaffMember } from '../platform/auth/authentication';
import { isDuplicateKey } from '../platform/db/database';
import { NotFound } from '../platform/errors';
import { auditTrail, recordAudit } from '../audit/auditService';
import type { AuditEntry } from '../audit/auditTypes';
import { actorOf } from '../staff/staffService';
import { ArchivedReferralModel, ReferralModel, type ReferralRecord } from '../referrals/referralModel';
import type { Finding, ReferralSubmission } from '../referrals/referralTypes';
import { ChildSightingModel, type ChildSightingRecord, type DecisionRecord } from './triageModels';
import { claimView, isLive, latestClaim } from './claimService';
import { decisionView, decisionsOf, movesOf, moveView, reopensOf, reopenView } from './decisionService';
import { assertManager, assertMayReadReferrals } from './permissions';
import type { EarlierReferral, HistoryEvent, TriageView } from './triageTypes';
import type { FollowUpView } from '../followup/followUpService';

type FollowUpProvider = (reference: string) => Promise<FollowUpView | null>;
let followUpProvider: FollowUpProvider = async () => null;

/** The follow-up capability plugs in its view of questions, answers and email status (no import cycle). */
export function registerFollowUpView(provider: FollowUpProvider): void {
  followUpProvider = provider;
}

const YEAR_MS = 365 * 24 * 3_600_000;

/** `childSightings/<key>#1..n`, read by `_id` until one is missing. */
async function sightingsOf(key: string): Promise<ChildSightingRecord[]> {
  const found: ChildSightingRecord[] = [];
  for (let n = 1; n < 10_000; n++) {
    const doc = await ChildSightingModel.findById(`${key}#${n}`).lean<ChildSightingRecord>();
    if (!doc) break;
    found.push(doc);
  }
  return found;
}

/** Records that a referral mentions these children; idempotent, safe to run twice or from two processes. */
export async function recordChildSightings(referral: Pick<ReferralRecord, '_id' | 'childKeys' | 'receivedAt'>): Promise<void> {
  for (const key of referral.childKeys ?? []) {
    for (let tries = 0; tries < 50; tries++) {
      const known = await sightingsOf(key);
      if (known.some((s) => s.reference === referral._id)) break;
      const n = known.length + 1;
      try {
        await ChildSightingModel.collection.insertOne({ _id: `${key}#${n}`, key, n, reference: referral._id, receivedAt: referral.receivedAt } as never);
        break;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    }
  }
}

/**
 * Other referrals about the same child (same name and date of birth, or name and postcode, ignoring case and
 * spacing): the active set by a scan of the small `referrals` collection, the archive through child sightings.
 */
export async function earlierReferrals(referral: Pick<ReferralRecord, '_id' | 'childKeys'>, now = new Date()): Promise<TriageView['earlierReferrals']> {
  const keys = referral.childKeys ?? [];
  if (!keys.length) return { countLast12Months: 0, referrals: [] };
  const found = new Map<string, EarlierReferral>();
  const active = await ReferralModel.find({ childKeys: { $in: keys } }, { queue: 1, receivedAt: 1, status: 1, triage: 1 }).lean<ReferralRecord[]>();
  for (const r of active) if (r._id !== referral._id) found.set(r._id, earlierOf(r));
  const archivedRefs = new Set<string>();
  for (const key of keys) for (const s of await sightingsOf(key)) if (s.reference !== referral._id && !found.has(s.reference)) archivedRefs.add(s.reference);
  for (const ref of archivedRefs) {
    const r = await ArchivedReferralModel.findById(ref, { queue: 1, receivedAt: 1, status: 1, triage: 1 }).lean<ReferralRecord>();
    if (r) found.set(r._id, earlierOf(r));
  }
  const referrals = [...found.values()].sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime());
  return { countLast12Months: referrals.filter((r) => now.getTime() - r.receivedAt.getTime() <= YEAR_MS).length, referrals };
}

function earlierOf(r: ReferralRecord): EarlierReferral {
  const outcome = r.triage?.outcome as EarlierReferral['outcome'] | undefined;
  return { reference: r._id, receivedAt: r.receivedAt, queue: r.queue, status: r.status, ...(outcome ? { outcome } : {}) };
}

/**
 * The staff reading of a referral: the three columns as the referrer wrote them, the findings and questions,
 * the referrer's answers, routing reasons, earlier referrals about the child, both scaling numbers, the claim and
 * the decision history. The read is recorded in the audit trail before anything is returned.
 */
export async function getTriageView(staff: StaffMember, reference: string, ip?: string, now = new Date()): Promise<TriageView> {
  assertMayReadReferrals(staff, reference);
  const referral =
    (await ReferralModel.findById(reference).lean<ReferralRecord>()) ?? (await ArchivedReferralModel.findById(reference).lean<ReferralRecord>());
  if (!referral) throw new NotFound(`No referral ${reference}.`);
  await recordAudit({ actor: actorOf(staff), action: 'read', reference, ip });

  const submission = JSON.parse(referral.submission) as ReferralSubmission;
  const [claim, decisions, reopens, moves, earlier, followUp] = await Promise.all([
    latestClaim(reference),
    decisionsOf(reference),
    reopensOf(reference),
    movesOf(reference),
    earlierReferrals(referral, now),
    followUpProvider(reference),
  ]);
  const current: DecisionRecord | undefined = referral.status === 'decided' ? decisions.at(-1) : undefined;
  const msLeft = referral.decisionDueAt.getTime() - now.getTime();
  const history: HistoryEvent[] = [
    { at: referral.receivedAt, event: 'received', detail: `routed to ${moves[0]?.from ?? referral.queue}` },
    ...decisions.map((d) => ({ at: d.decidedAt, event: 'decided', by: d.decidedBy.email, detail: d.outcome })),
    ...reopens.map((r) => ({ at: r.at, event: 'reopened', by: r.by.email, detail: r.reason })),
    ...moves.map((m) => ({ at: m.at, event: 'moved', by: m.by.email, detail: `${m.from} -> ${m.to}: ${m.reason}` })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());

  return {
    reference,
    status: referral.status,
    queue: referral.queue,
    priority: referral.priority,
    routeReasons: referral.routeReasons ?? [],
    receivedAt: referral.receivedAt,
    decisionDueAt: referral.decisionDueAt,
    minutesLeft: Math.trunc(msLeft / 60_000),
    overdue: referral.status === 'open' && msLeft < 0,
    immediateRisk: !!submission.immediateRisk,
    ...(submission.assessmentType ? { assessmentType: submission.assessmentType } : {}),
    referrer: submission.referrer,
    children: submission.children,
    household: submission.household ?? [],
    ...(submission.consent ? { consent: submission.consent } : {}),
    worried: submission.worried ?? {},
    workingWell: submission.workingWell ?? {},
    needsToHappen: submission.needsToHappen ?? {},
    childVoice: submission.childVoice ?? [],
    specificsScore: referral.specificsScore,
    findings: JSON.parse(referral.findings) as Finding[],
    followUp,
    scaling: {
      ...(submission.scaling ? { referrer: submission.scaling } : {}),
      ...(decisions.length ? { worker: decisions.at(-1)!.workerScaling } : {}),
    },
    earlierReferrals: earlier,
    ...(isLive(claim, now) && referral.status === 'open' ? { claim: claimView(claim, staff) } : {}),
    ...(current ? { decision: decisionView(current) } : {}),
    decisions: decisions.map(decisionView),
    reopens: reopens.map(reopenView),
    moves: moves.map(moveView),
    history,
  };
}

/** For managers: who has read or changed this referral, when and from where. Other callers get 404. */
export async function referralAuditTrail(staff: StaffMember, reference: string): Promise<AuditEntry[]> {
  assertMayReadReferrals(staff, reference);
  try {
    assertManager(staff);
  } catch {
    throw new NotFound(`No referral ${reference}.`);
  }
  const exists = (await ReferralModel.exists({ _id: reference })) ?? (await ArchivedReferralModel.exists({ _id: reference }));
  if (!exists) throw new NotFound(`No referral ${reference}.`);
  return auditTrail(reference);
}
