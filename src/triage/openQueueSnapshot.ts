import { config } from '../platform/config';
import { ReferralModel, type ReferralRecord } from '../referrals/referralModel';

export type OpenReferral = Pick<ReferralRecord, '_id' | 'queue' | 'priority' | 'receivedAt' | 'decisionDueAt' | 'routeReasons' | 'specificsScore' | 'status'>;

/*
 * On FerretDB every look at the open set decodes every active referral (about 155 µs each), so the open set is
 * kept per process as a snapshot at most QUEUE_VIEW_MAX_AGE_MS old (twice that while one scan refreshes it),
 * however many people are looking. This process's own changes (new referral, decision, reopen, move) drop it at once; other
 * instances' changes show within the age limit. Claims are never cached, and a claim is only won by a unique
 * insert that then re-checks the referral by `_id`, so a stale snapshot can show a referral a moment too long but
 * can never hand one out twice or hand out a decided one.
 */
let snapshot: { takenAt: number; rows: OpenReferral[] } | undefined;
let refreshing: Promise<OpenReferral[]> | undefined;
let generation = 0;

export async function openReferralSnapshot(): Promise<OpenReferral[]> {
  const maxAge = config().QUEUE_VIEW_MAX_AGE_MS;
  const age = snapshot ? Date.now() - snapshot.takenAt : Infinity;
  if (age <= maxAge) return snapshot!.rows;
  if (!refreshing) {
    const started: Promise<OpenReferral[]> = scan().finally(() => {
      if (refreshing === started) refreshing = undefined;
    });
    refreshing = started;
  }
  // Slightly past its age, the snapshot is still served while one scan refreshes it, so nobody waits on the scan;
  // long unused, or dropped after a change here, it is not.
  if (maxAge > 0 && age <= 2 * maxAge) return snapshot!.rows;
  return refreshing;
}

async function scan(): Promise<OpenReferral[]> {
  const takenAt = Date.now();
  const startedIn = generation;
  const rows = await ReferralModel.find(
    { status: 'open' },
    { queue: 1, priority: 1, receivedAt: 1, decisionDueAt: 1, routeReasons: 1, specificsScore: 1, status: 1 },
  ).lean<OpenReferral[]>();
  // A change made while the scan ran may not be in it: serve it to this caller, but do not keep it.
  if (startedIn === generation) snapshot = { takenAt, rows };
  return rows;
}

/** Called after this process changes which referrals are open, or in which queue. */
export function forgetOpenReferralSnapshot(): void {
  generation++;
  snapshot = undefined;
  refreshing = undefined; // a scan already running may predate the change: the next caller starts a new one
}
