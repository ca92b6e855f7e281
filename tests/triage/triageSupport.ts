import { createHash, randomBytes } from 'node:crypto';
import { ReferralModel, type ReferralRecord } from '../../src/referrals/referralModel';
import { childKeys } from '../../src/referrals/childIdentity';
import type { ReferralSubmission } from '../../src/referrals/referralTypes';
import { SessionModel, StaffModel } from '../../src/staff/staffModel';
import type { StaffRole } from '../../src/platform/auth/authentication';
import { completeReferral } from '../support/fixtures';

let counter = 0;
const HOUR = 3_600_000;

/** A stored, open referral, written straight to the active collection (as intake would store it). */
export async function seedReferral(
  options: { queue?: ReferralRecord['queue']; priority?: number; receivedAt?: Date; decisionDueAt?: Date; submission?: ReferralSubmission; reference?: string } = {},
): Promise<ReferralRecord> {
  counter++;
  const receivedAt = options.receivedAt ?? new Date(Date.now() - counter * 1000);
  const submission = options.submission ?? completeReferral();
  const record: ReferralRecord = {
    _id: options.reference ?? `SR-T${String(counter).padStart(3, '0')}-${randomBytes(2).toString('hex').toUpperCase()}`,
    idempotencyKey: `test:${randomBytes(8).toString('hex')}`,
    requestHash: 'x',
    owner: 'web',
    channel: 'web',
    receivedAt,
    queue: options.queue ?? 'child-protection',
    routeReasons: ['Describes harm to the child: hitting'],
    priority: options.priority ?? 50,
    decisionDueAt: options.decisionDueAt ?? new Date(receivedAt.getTime() + 24 * HOUR),
    specificsScore: 80,
    childKeys: childKeys(submission),
    submission: JSON.stringify(submission),
    findings: JSON.stringify([{ code: 'NO_CHILD_VOICE', path: 'childVoice', severity: 'ask', message: 'No words of the child.', question: 'What has the child said?' }]),
    status: 'open',
  };
  await ReferralModel.collection.insertOne(record as never);
  return record;
}

/**
 * A signed-in staff member without paying for scrypt: the account and session are written as sign-in would
 * write them (sign-in itself is tested in tests/staff).
 */
export async function staffToken(role: StaffRole = 'worker', email?: string): Promise<{ token: string; staffId: string; email: string }> {
  counter++;
  const staffId = `st${randomBytes(8).toString('hex')}`;
  const address = email ?? `${role}${counter}.${randomBytes(2).toString('hex')}@council.example`;
  await StaffModel.collection.insertOne({ _id: staffId, email: address, role, passwordHash: 'scrypt$1$1$1$x$y', passwordIsTemporary: false, createdAt: new Date() } as never);
  const token = `srs_${randomBytes(32).toString('base64url')}`;
  const now = new Date();
  await SessionModel.collection.insertOne({
    _id: createHash('sha256').update(token).digest('hex'),
    staffId,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + 8 * HOUR),
    notAfter: new Date(now.getTime() + 12 * HOUR),
  } as never);
  return { token, staffId, email: address };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export const aDecision = {
  outcome: 'early-help',
  rationale: 'Worries about school attendance and food at home, no significant harm described; family open to support.',
  workerScaling: { score: 6, rationale: 'Mum has asked for help and the school sees Maya every day.' },
};

