import { config } from '../platform/config';
import { ReferralModel, type ReferralRecord } from '../referrals/referralModel';

export type OpenReferral = Pick<ReferralRecord, '_id' | 'queue' | 'priority' | 'receivedAt' | 'decisionDueAt' | 'routeReasons' | 'specificsScore' | 'status'>;

/*
 * On FerretDB every look at the open set decodes every active referral (about 155 µs each), so the open set is
 * kept per process as a snapshot at most QUEUE_VIEW_MAX_AGE_MS old (twice that while one scan refreshes it),
 * however many people are looking. This process's own changes (a new referral, a decision, a reopen, a move) are
 * applied to the snapshot at once, and again on top of any scan that was running when they happened; other
 * instances' changes show within the age limit. Claims are never cached, and a claim is only won by a unique
 * insert that then re-checks the referral by `_id`, so a stale snapshot can show a referral a moment too long
 * but can never hand one out twice or hand out a decided one.
 */
let snapshot: { takenAt: number; rows: Map<string, OpenReferral> } | undefined;
let refreshing: Promise<Map<string, OpenReferral>> | undefined;
/** This process's recent changes: the referral as now open, or null once it is not. */
const localChanges = new Map<string, { at: number; row: OpenReferral | null }>();
/** Long enough to outlast any scan in flight. */
const KEEP_CHANGES_MS = 30_000;
/** A scan may or may not include a change committed just before it began: re-applying one is harmless. */
const SCAN_OVERLAP_MS = 5_000;

export async function openReferralSnapshot(): Promise<OpenReferral[]> {
  const maxAge = config().QUEUE_VIEW_MAX_AGE_MS;
  const age = snapshot ? Date.now() - snapshot.takenAt : Infinity;
  if (age <= maxAge) return [...snapshot!.rows.values()];
  if (!refreshing) {
    const started = scan().finally(() => {
      if (refreshing === started) refreshing = undefined;
    });
    refreshing = started;
  }
  // Slightly past its age the snapshot is still served while one scan refreshes it, so nobody waits on the scan;
  // long unused, it is not.
  if (maxAge > 0 && age <= 2 * maxAge) return [...snapshot!.rows.values()];
  return [...(await refreshing).values()];
}

async function scan(): Promise<Map<string, OpenReferral>> {
  const takenAt = Date.now();
  const found = await ReferralModel.find(
    { status: 'open' },
    { queue: 1, priority: 1, receivedAt: 1, decisionDueAt: 1, routeReasons: 1, specificsScore: 1, status: 1 },
  ).lean<OpenReferral[]>();
  const rows = new Map(found.map((row) => [row._id, row]));
  for (const [reference, change] of localChanges) {
    if (change.at >= takenAt - SCAN_OVERLAP_MS) apply(rows, reference, change.row);
  }
  snapshot = { takenAt, rows };
  return rows;
}

function apply(rows: Map<string, OpenReferral>, reference: string, row: OpenReferral | null): void {
  if (row) rows.set(reference, row);
  else rows.delete(reference);
}

function record(reference: string, row: OpenReferral | null): void {
  const at = Date.now();
  localChanges.delete(reference); // re-inserted last, so the map stays in time order
  localChanges.set(reference, { at, row });
  if (snapshot) apply(snapshot.rows, reference, row);
  // Oldest first: stop at the first change still worth keeping, so each call visits only what it removes.
  for (const [ref, change] of localChanges) {
    if (change.at >= at - KEEP_CHANGES_MS) break;
    localChanges.delete(ref);
  }
}

/** After this process stores a referral that is open (new, reopened, or moved to another queue). */
export function noteOpenReferral(referral: OpenReferral): void {
  const { _id, queue, priority, receivedAt, decisionDueAt, routeReasons, specificsScore } = referral;
  record(_id, { _id, queue, priority, receivedAt, decisionDueAt, routeReasons, specificsScore, status: 'open' });
}

/** After this process decides a referral. */
export function noteNoLongerOpen(reference: string): void {
  record(reference, null);
}

/** False once this process knows the referral is no longer open (so a walk down an older list can skip it). */
export function mayStillBeOpen(reference: string): boolean {
  return localChanges.get(reference)?.row !== null;
}

/** Starts afresh (tests that write to the database directly). */
export function forgetOpenReferralSnapshot(): void {
  snapshot = undefined;
  refreshing = undefined;
  localChanges.clear();
}
