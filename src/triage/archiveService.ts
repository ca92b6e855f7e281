import { config } from '../platform/config';
import { isDuplicateKey } from '../platform/db/database';
import { logger } from '../platform/logging';
import { ArchivedReferralModel, ReferralModel, type ReferralRecord } from '../referrals/referralModel';
import { pruneSessionsAndAttempts } from '../staff/staffService';
import { ClaimModel } from './triageModels';
import { recordChildSightings } from './triageViewService';

type DeliveredCheck = (reference: string) => Promise<boolean>;

/**
 * Whether the referrer's emails (follow-up questions and outcome) have left the outbox (sent, or failed for good). Uses the follow-up
 * capability's `mailStatusFor` when it is there; without it, retention alone decides.
 */
let outcomeDelivered: DeliveredCheck = async (reference) => {
  try {
    const followUp = (await import('../followup/mailWorker')) as { mailStatusFor?: (r: string) => Promise<{ followUp: string; outcome: string }> };
    if (!followUp.mailStatusFor) return true;
    const status = await followUp.mailStatusFor(reference);
    return status.outcome !== 'pending' && status.followUp !== 'pending';
  } catch {
    return true;
  }
};

export function registerOutcomeDeliveredCheck(check: DeliveredCheck): void {
  outcomeDelivered = check;
}

/**
 * Moves referrals decided more than DECIDED_RETENTION_HOURS ago (idempotency retention) out of the active set:
 * child sightings first (so earlier-referral look-ups still find them), then an insert into the archive (a
 * duplicate means a previous run got that far), then the claims and the active copy are deleted. Every step is
 * safe to repeat, so two instances running this at once do no harm.
 */
export async function archiveDecided(now = new Date()): Promise<number> {
  const cutoff = now.getTime() - config().DECIDED_RETENTION_HOURS * 3_600_000;
  const decided = await ReferralModel.find({ status: 'decided' }).lean<ReferralRecord[]>();
  let moved = 0;
  for (const referral of decided) {
    const decidedAt = referral.triage?.decidedAt;
    if (!(decidedAt instanceof Date) || decidedAt.getTime() > cutoff) continue;
    if (!(await outcomeDelivered(referral._id))) continue;
    await recordChildSightings(referral);
    try {
      await ArchivedReferralModel.collection.insertOne(referral as never);
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    await ClaimModel.deleteMany({ reference: referral._id });
    await ReferralModel.deleteOne({ _id: referral._id, status: 'decided' });
    moved++;
  }
  await pruneSessionsAndAttempts();
  if (moved) logger.info({ moved }, 'archived decided referrals');
  return moved;
}
