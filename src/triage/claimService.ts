import { config } from '../platform/config';
import { isDuplicateKey } from '../platform/db/database';
import { Conflict, NotFound } from '../platform/errors';
import type { StaffMember } from '../platform/auth/authentication';
import { recordAudit } from '../audit/auditService';
import { actorOf } from '../staff/staffService';
import { ReferralModel, type ReferralRecord } from '../referrals/referralModel';
import { ClaimModel, DecisionModel, ReopenModel, type ClaimRecord } from './triageModels';
import { assertMayReadReferrals } from './permissions';
import type { ClaimView } from './triageTypes';

/*
 * Claims are leases built on inserts: `claims/<ref>:<n+1>` can be inserted by exactly one claimer. Only the
 * holder ever updates its own claim (renew, release), and only while the lease has more than
 * CLAIM_SAFETY_SECONDS left, whereas a takeover needs the lease to have expired: the two never overlap, so the
 * read-then-write updates of FerretDB cannot lose a takeover.
 */

const leaseMs = () => config().CLAIM_LEASE_MINUTES * 60_000;
const marginMs = () => config().CLAIM_SAFETY_SECONDS * 1000;

export function isLive(claim: ClaimRecord | undefined | null, now = new Date()): claim is ClaimRecord {
  return !!claim && !claim.releasedAt && claim.expiresAt.getTime() > now.getTime();
}

export function claimView(claim: ClaimRecord, staff?: StaffMember | null): ClaimView {
  return {
    reference: claim.reference,
    holderId: claim.holderId,
    holderEmail: claim.holderEmail,
    claimedAt: claim.claimedAt,
    expiresAt: claim.expiresAt,
    yours: !!staff && staff.staffId === claim.holderId,
  };
}

/** The latest claim of one referral: `<ref>:1`, `<ref>:2`, ... read by `_id` until one is missing (index look-ups). */
export async function latestClaim(reference: string): Promise<ClaimRecord | undefined> {
  let latest: ClaimRecord | undefined;
  for (let n = 1; ; n++) {
    const claim = await ClaimModel.findById(`${reference}:${n}`).lean<ClaimRecord>();
    if (!claim) return latest;
    latest = claim;
  }
}

/** The latest claim of each of these referrals (a page of a queue), looked up by `_id` side by side. */
export async function latestClaimsOf(references: string[]): Promise<Map<string, ClaimRecord>> {
  const found = await Promise.all(references.map(async (reference) => [reference, await latestClaim(reference)] as const));
  return new Map(found.filter((entry): entry is readonly [string, ClaimRecord] => !!entry[1]));
}

/** The latest claim of every referral that has one, for views of every queue at once (one scan of `claims`). */
export async function latestClaims(): Promise<Map<string, ClaimRecord>> {
  const latest = new Map<string, ClaimRecord>();
  for (const c of await ClaimModel.find({}).lean<ClaimRecord[]>()) {
    const seen = latest.get(c.reference);
    if (!seen || seen.n < c.n) latest.set(c.reference, c);
  }
  return latest;
}

/** Inserts claim n+1; null when someone else inserted it first. */
export async function tryClaim(staff: StaffMember, referral: Pick<ReferralRecord, '_id' | 'queue'>, latest: ClaimRecord | undefined, now = new Date()): Promise<ClaimRecord | null> {
  const n = (latest?.n ?? 0) + 1;
  const claim: ClaimRecord = {
    _id: `${referral._id}:${n}`,
    reference: referral._id,
    n,
    holderId: staff.staffId,
    holderEmail: staff.email,
    queue: referral.queue,
    claimedAt: now,
    expiresAt: new Date(now.getTime() + leaseMs()),
  };
  try {
    await ClaimModel.collection.insertOne(claim as never);
    return claim;
  } catch (err) {
    if (isDuplicateKey(err)) return null;
    throw err;
  }
}

/**
 * Whether the referral a claim was just won on is still undecided. A decider releases its claim only after its
 * decision is stored, so a claim won after that release always sees the decision here, however stale the
 * claimer's view of the queue was. Claims won on a decided referral are handed straight back.
 */
export async function keepIfUndecided(claim: ClaimRecord): Promise<boolean> {
  let round = 1;
  while (await ReopenModel.exists({ _id: `${claim.reference}:${round}` })) round++;
  if (!(await DecisionModel.exists({ _id: `${claim.reference}:${round}` }))) return true;
  await endOwnClaim(claim);
  return false;
}

function heldByOther(claim: ClaimRecord): Conflict {
  return new Conflict(`${claim.holderEmail} is working on this referral until ${claim.expiresAt.toISOString()}.`);
}

async function getOpenReferral(staff: StaffMember | null, reference: string): Promise<ReferralRecord> {
  assertMayReadReferrals(staff, reference);
  const referral = await ReferralModel.findById(reference, { submission: 0, findings: 0 }).lean<ReferralRecord>();
  if (!referral) throw new NotFound(`No open referral ${reference}.`);
  if (referral.status !== 'open') throw new Conflict(`Referral ${reference} has already been decided.`);
  return referral;
}

/** Claims a named referral. Claiming one you already hold answers your claim again. */
export async function claimReferral(staff: StaffMember, reference: string, ip?: string): Promise<ClaimView> {
  const referral = await getOpenReferral(staff, reference);
  const now = new Date();
  const latest = await latestClaim(reference);
  if (isLive(latest, now)) {
    if (latest.holderId === staff.staffId) return claimView(latest, staff);
    throw heldByOther(latest);
  }
  const claim = await tryClaim(staff, referral, latest, now);
  if (!claim) {
    const winner = await latestClaim(reference);
    throw winner && winner.holderId !== staff.staffId ? heldByOther(winner) : new Conflict('Someone else claimed this referral at the same moment.');
  }
  if (!(await keepIfUndecided(claim))) throw new Conflict(`Referral ${reference} has just been decided.`);
  await recordAudit({ actor: actorOf(staff), action: 'claim', reference, ip, detail: `claim ${claim.n}` });
  return claimView(claim, staff);
}

/**
 * The caller's claim, if it is the latest and has more than the safety margin left; otherwise a 409 telling
 * them to claim again. Checked right before any write a holder makes.
 */
export async function assertHolds(staff: StaffMember, reference: string, now = new Date()): Promise<ClaimRecord> {
  const latest = await latestClaim(reference);
  if (!latest || latest.holderId !== staff.staffId) {
    throw new Conflict(
      latest && isLive(latest, now) ? `${latest.holderEmail} holds this referral now. Claim it before changing it.` : 'Claim this referral before changing it.',
    );
  }
  if (latest.releasedAt) throw new Conflict('You released this referral. Claim it again before changing it.');
  if (latest.expiresAt.getTime() - marginMs() <= now.getTime()) {
    throw new Conflict('Your claim on this referral has run out. Claim it again before changing it.');
  }
  return latest;
}

export async function renewClaim(staff: StaffMember, reference: string, ip?: string): Promise<ClaimView> {
  await getOpenReferral(staff, reference);
  const now = new Date();
  const claim = await assertHolds(staff, reference, now);
  const expiresAt = new Date(now.getTime() + leaseMs());
  await ClaimModel.updateOne({ _id: claim._id }, { $set: { expiresAt } });
  await recordAudit({ actor: actorOf(staff), action: 'renew', reference, ip });
  return claimView({ ...claim, expiresAt }, staff);
}

/** Puts a referral back in its queue. Releasing one you do not hold (or whose lease ran out) answers 409. */
export async function releaseClaim(staff: StaffMember, reference: string, ip?: string): Promise<void> {
  assertMayReadReferrals(staff, reference);
  const referral = await ReferralModel.findById(reference, { _id: 1 }).lean();
  if (!referral) throw new NotFound(`No open referral ${reference}.`);
  const claim = await assertHolds(staff, reference);
  await ClaimModel.updateOne({ _id: claim._id }, { $set: { releasedAt: new Date() } });
  await recordAudit({ actor: actorOf(staff), action: 'release', reference, ip });
}

/** For the holder's own writes (decision, move): end the claim once the work is done. */
export async function endOwnClaim(claim: ClaimRecord): Promise<void> {
  await ClaimModel.updateOne({ _id: claim._id }, { $set: { releasedAt: new Date() } });
}
