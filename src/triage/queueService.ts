import type { StaffMember } from '../platform/auth/authentication';
import { BadRequest, NotFound } from '../platform/errors';
import { recordAudit } from '../audit/auditService';
import { actorOf } from '../staff/staffService';
import { ReferralModel } from '../referrals/referralModel';
import { mayStillBeOpen, openReferralSnapshot, type OpenReferral } from './openQueueSnapshot';
import type { ClaimRecord } from './triageModels';
import { claimView, endOwnClaim, isLive, keepIfUndecided, latestClaim, latestClaims, latestClaimsOf, tryClaim } from './claimService';
import { assertManager, assertMayTriage } from './permissions';
import type { QueueItem, QueuePage, QueueSummary, TriageQueue } from './triageTypes';

export const QUEUES: readonly TriageQueue[] = ['immediate-risk', 'child-protection', 'early-help', 'child-in-care'];
export const MAX_PAGE_SIZE = 100;

/**
 * Open referrals only, without the referral text, from the active set (never the archive), most urgent first.
 * See openQueueSnapshot.ts for why this is a snapshot.
 */
async function openReferrals(queue?: TriageQueue): Promise<OpenReferral[]> {
  const all = await openReferralSnapshot();
  return (queue ? all.filter((r) => r.queue === queue) : [...all]).sort(priorityOrder);
}

/** Priority order: most urgent first, then the earliest deadline, then the longest waiting. */
export function priorityOrder(a: OpenReferral, b: OpenReferral): number {
  return (
    b.priority - a.priority ||
    a.decisionDueAt.getTime() - b.decisionDueAt.getTime() ||
    a.receivedAt.getTime() - b.receivedAt.getTime() ||
    a._id.localeCompare(b._id)
  );
}

function itemOf(r: OpenReferral, claim: ClaimRecord | undefined, staff: StaffMember | null, now: Date): QueueItem {
  const msLeft = r.decisionDueAt.getTime() - now.getTime();
  return {
    reference: r._id,
    queue: r.queue,
    priority: r.priority,
    receivedAt: r.receivedAt,
    decisionDueAt: r.decisionDueAt,
    minutesLeft: Math.trunc(msLeft / 60_000),
    overdue: msLeft < 0,
    routeReasons: r.routeReasons ?? [],
    specificsScore: r.specificsScore,
    ...(isLive(claim, now) ? { claim: claimView(claim, staff) } : {}),
  };
}

export function parseQueue(queue: string): TriageQueue {
  if (!(QUEUES as readonly string[]).includes(queue)) throw new NotFound(`There is no queue called ${queue}. Queues: ${QUEUES.join(', ')}.`);
  return queue as TriageQueue;
}

/** Every queue with its open count, overdue count and oldest waiting referral. */
export async function listQueues(staff: StaffMember, now = new Date()): Promise<QueueSummary[]> {
  assertMayTriage(staff);
  const open = await openReferrals();
  const claims = await latestClaims();
  return QUEUES.map((queue) => {
    const inQueue = open.filter((r) => r.queue === queue);
    const oldest = inQueue.reduce<Date | undefined>((min, r) => (!min || r.receivedAt < min ? r.receivedAt : min), undefined);
    return {
      queue,
      open: inQueue.length,
      overdue: inQueue.filter((r) => r.decisionDueAt.getTime() < now.getTime()).length,
      claimed: inQueue.filter((r) => isLive(claims.get(r._id), now)).length,
      ...(oldest ? { oldestWaitingSince: oldest, oldestWaitingMinutes: Math.trunc((now.getTime() - oldest.getTime()) / 60_000) } : {}),
    };
  });
}

/** One page of a queue's open referrals, most urgent first, with deadline, time left and who holds each. */
export async function listQueue(staff: StaffMember, queueName: string, page = 1, pageSize = 25, now = new Date()): Promise<QueuePage> {
  assertMayTriage(staff);
  const queue = parseQueue(queueName);
  if (!Number.isInteger(page) || page < 1) throw new BadRequest('page must be a whole number from 1.', [{ field: 'page', message: 'must be 1 or more' }]);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new BadRequest(`pageSize must be between 1 and ${MAX_PAGE_SIZE}.`, [{ field: 'pageSize', message: `must be 1-${MAX_PAGE_SIZE}` }]);
  }
  const open = await openReferrals(queue);
  const slice = open.slice((page - 1) * pageSize, page * pageSize);
  const claims = await latestClaimsOf(slice.map((r) => r._id));
  return { queue, page, pageSize, total: open.length, items: slice.map((r) => itemOf(r, claims.get(r._id), staff, now)) };
}

/**
 * Takes the most urgent unclaimed referral in a queue. Candidates are tried in priority order; a duplicate key
 * means another worker took that one a moment ago, so the next is tried.
 */
export async function claimNext(staff: StaffMember, queueName: string, ip?: string): Promise<QueueItem> {
  assertMayTriage(staff);
  const queue = parseQueue(queueName);
  const now = new Date();
  const open = await openReferrals(queue);
  for (const referral of open) {
    if (!mayStillBeOpen(referral._id)) continue; // decided here since the list was read
    const latest = await latestClaim(referral._id);
    if (isLive(latest, now)) continue;
    const claim = await tryClaim(staff, referral, latest, now);
    if (!claim || !(await keepIfUndecided(claim))) continue;
    // The snapshot may be a moment old: make sure the referral is still open and still in this queue.
    const current = await ReferralModel.findById(referral._id, { queue: 1, status: 1 }).lean<{ queue: string; status: string }>();
    if (!current || current.status !== 'open' || current.queue !== queue) {
      await endOwnClaim(claim);
      continue;
    }
    await recordAudit({ actor: actorOf(staff), action: 'claim', reference: referral._id, ip, detail: `claim ${claim.n} (next in ${queue})` });
    return itemOf(referral, claim, staff, now);
  }
  throw new NotFound(`Nothing unclaimed is waiting in the ${queue} queue.`);
}

/** For managers: every open referral past its deadline, the most overdue first. */
export async function listOverdue(staff: StaffMember, now = new Date()): Promise<QueueItem[]> {
  assertManager(staff);
  const open = (await openReferrals()).filter((r) => r.decisionDueAt.getTime() < now.getTime());
  const claims = await latestClaims();
  return open.sort((a, b) => a.decisionDueAt.getTime() - b.decisionDueAt.getTime()).map((r) => itemOf(r, claims.get(r._id), staff, now));
}
