import { createHash, randomBytes } from 'node:crypto';
import type { Request } from 'express';
import { config } from '../platform/config';
import { isDuplicateKey } from '../platform/db/database';
import { BadRequest, Conflict, HttpProblem, NotFound, Unauthorised } from '../platform/errors';
import type { StaffMember, StaffRole } from '../platform/auth/authentication';
import { recordAudit } from '../audit/auditService';
import { SessionModel, SignInAttemptModel, StaffModel, type SessionRecord, type SignInAttemptRecord, type StaffRecord } from './staffModel';
import { dummyHash, hashPassword, oneTimePassword, verifyPassword } from './passwords';
import type { SessionToken, SignedInStaff } from './staffTypes';

export const STAFF_ROLES: readonly StaffRole[] = ['worker', 'manager', 'admin'];
export const SESSION_COOKIE = 'sri_session';
const TOKEN_PREFIX = 'srs_';
const TOKEN_FORM = /^srs_[A-Za-z0-9_-]{43}$/;
const EMAIL_FORM = /^[^\s@]{1,100}@[^\s@]{1,150}\.[^\s@]{2,50}$/;
const MIN_PASSWORD = 12;
const TOUCH_EVERY_MS = 5 * 60_000;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

function view(record: StaffRecord): SignedInStaff {
  return { staffId: record._id, email: record.email, role: record.role };
}

/** Creates an account and returns its one-time password (shown once; only its scrypt hash is kept). */
export async function createStaff(email: string, role: StaffRole): Promise<SignedInStaff & { oneTimePassword: string }> {
  const address = normaliseEmail(email);
  if (!EMAIL_FORM.test(address)) throw new BadRequest('That is not an email address.', [{ field: 'email', message: 'not an email address' }]);
  if (!STAFF_ROLES.includes(role)) throw new BadRequest(`Role must be one of ${STAFF_ROLES.join(', ')}.`, [{ field: 'role', message: 'unknown role' }]);
  const password = oneTimePassword();
  const record: StaffRecord = {
    _id: `st${randomBytes(8).toString('hex')}`,
    email: address,
    role,
    passwordHash: await hashPassword(password),
    passwordIsTemporary: true,
    createdAt: new Date(),
  };
  try {
    await StaffModel.collection.insertOne(record as never);
  } catch (err) {
    if (isDuplicateKey(err)) throw new Conflict(`There is already an account for ${address}.`);
    throw err;
  }
  return { ...view(record), oneTimePassword: password };
}

/** Gives an existing account a new one-time password and signs it out everywhere. */
export async function resetPassword(email: string): Promise<{ oneTimePassword: string }> {
  const record = await getStaffByEmail(email);
  const password = oneTimePassword();
  await StaffModel.updateOne({ _id: record._id }, { $set: { passwordHash: await hashPassword(password), passwordIsTemporary: true } });
  await SessionModel.deleteMany({ staffId: record._id });
  return { oneTimePassword: password };
}

export async function disableStaff(email: string): Promise<void> {
  const record = await getStaffByEmail(email);
  await StaffModel.updateOne({ _id: record._id }, { $set: { disabledAt: new Date() } });
  await SessionModel.deleteMany({ staffId: record._id });
}

export async function listStaff(): Promise<Array<SignedInStaff & { disabled: boolean; createdAt: Date }>> {
  const records = await StaffModel.find({}).lean<StaffRecord[]>();
  return records.map((r) => ({ ...view(r), disabled: !!r.disabledAt, createdAt: r.createdAt })).sort((a, b) => a.email.localeCompare(b.email));
}

async function getStaffByEmail(email: string): Promise<StaffRecord> {
  const record = await StaffModel.findOne({ email: normaliseEmail(email) }).lean<StaffRecord>();
  if (!record) throw new NotFound(`No account for ${normaliseEmail(email)}.`);
  return record;
}

export class TooManyAttempts extends HttpProblem {
  constructor(retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(429, 'Too many sign-in attempts', `This account is locked after repeated failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, [], {
      'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))),
    });
  }
}

/**
 * Takes the next numbered attempt slot for this email, unless it is locked. Attempts after the last success
 * that are younger than the lockout count as failures (including ones still being checked), so concurrent
 * guesses from several processes cannot get past SIGN_IN_MAX_FAILURES.
 */
async function takeAttemptSlot(emailKey: string, now: Date): Promise<string> {
  const { SIGN_IN_MAX_FAILURES: max, SIGN_IN_LOCKOUT_MINUTES: lockoutMinutes } = config();
  const lockoutMs = lockoutMinutes * 60_000;
  for (let tries = 0; tries < 20; tries++) {
    const attempts = (await SignInAttemptModel.find({ emailKey }).lean<SignInAttemptRecord[]>()).sort((a, b) => a.n - b.n);
    const last = attempts.at(-1)?.n ?? 0;
    const lastSuccess = attempts.filter((a) => a.succeeded).at(-1)?.n ?? 0;
    const failures = attempts.filter((a) => a.n > lastSuccess && !a.succeeded && now.getTime() - a.at.getTime() < lockoutMs);
    if (failures.length >= max) {
      const unlocksAt = failures[failures.length - max].at.getTime() + lockoutMs;
      throw new TooManyAttempts((unlocksAt - now.getTime()) / 1000);
    }
    const _id = `${emailKey}:${last + 1}`;
    try {
      await SignInAttemptModel.collection.insertOne({ _id, emailKey, n: last + 1, at: now, succeeded: false } as never);
      return _id;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  throw new TooManyAttempts(60);
}

/** Checks an email and password and starts a session. Wrong email and wrong password answer the same. */
export async function signIn(email: string, password: string, ip?: string): Promise<SessionToken> {
  const address = normaliseEmail(String(email ?? ''));
  const emailKey = sha256(address);
  const now = new Date();
  const slot = await takeAttemptSlot(emailKey, now);
  const record = address ? await StaffModel.findOne({ email: address }).lean<StaffRecord>() : null;
  const usable = record && !record.disabledAt;
  const ok = await verifyPassword(String(password ?? ''), usable ? record.passwordHash : await dummyHash());
  if (!usable || !ok) {
    // An unknown address is recorded by its hash: people sometimes type a password into the email box.
    await recordAudit({
      actor: record ? { kind: 'staff', id: record._id, email: record.email, role: record.role } : { kind: 'staff', id: `unknown:${emailKey.slice(0, 16)}` },
      action: 'sign-in-failed',
      ip,
    });
    throw new Unauthorised('The email address or password is not right.');
  }
  await SignInAttemptModel.updateOne({ _id: slot }, { $set: { succeeded: true } });
  const session = await startSession(record, ip, now);
  await recordAudit({ actor: actorOf(record), action: 'sign-in', ip });
  return { ...session, staff: view(record), mustChangePassword: record.passwordIsTemporary };
}

async function startSession(record: StaffRecord, ip: string | undefined, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const cfg = config();
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const notAfter = new Date(now.getTime() + cfg.SESSION_MAX_HOURS * 3_600_000);
  const expiresAt = new Date(Math.min(now.getTime() + cfg.SESSION_IDLE_MINUTES * 60_000, notAfter.getTime()));
  const session: SessionRecord = { _id: sha256(token), staffId: record._id, createdAt: now, lastSeenAt: now, expiresAt, notAfter, ...(ip ? { ip } : {}) };
  await SessionModel.collection.insertOne(session as never);
  return { token, expiresAt };
}

/** Ends a session. The document is deleted (not flagged), so a concurrent "still active" touch cannot revive it. */
export async function signOut(token: string): Promise<void> {
  if (!TOKEN_FORM.test(token)) return;
  const session = await SessionModel.findById(sha256(token)).lean<SessionRecord>();
  await SessionModel.deleteOne({ _id: sha256(token) });
  if (session) {
    const record = await StaffModel.findById(session.staffId).lean<StaffRecord>();
    if (record) await recordAudit({ actor: actorOf(record), action: 'sign-out' });
  }
}

/** The staff member a session token belongs to, or null when it is unknown, expired or the account is disabled. */
export async function staffFromToken(token: string | undefined, now = new Date()): Promise<StaffMember | null> {
  if (!token || !TOKEN_FORM.test(token)) return null;
  const sessionId = sha256(token);
  const session = await SessionModel.findById(sessionId).lean<SessionRecord>();
  if (!session || session.expiresAt <= now || session.notAfter <= now) return null;
  const record = await StaffModel.findById(session.staffId).lean<StaffRecord>();
  if (!record || record.disabledAt) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    const expiresAt = new Date(Math.min(now.getTime() + config().SESSION_IDLE_MINUTES * 60_000, session.notAfter.getTime()));
    await SessionModel.updateOne({ _id: sessionId }, { $set: { lastSeenAt: now, expiresAt } });
  }
  return { kind: 'staff', staffId: record._id, email: record.email, role: record.role, sessionId, mustChangePassword: record.passwordIsTemporary };
}

/** The session token a request carries: `Authorization: Bearer srs_...` for the API, the `sri_session` cookie for pages. */
export function sessionTokenOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const bearer = header.slice(7).trim();
    if (bearer.startsWith(TOKEN_PREFIX)) return bearer;
  }
  const parsed = (req as Request & { cookies?: Record<string, string> }).cookies?.[SESSION_COOKIE];
  if (typeof parsed === 'string') return parsed;
  const raw = req.headers.cookie;
  if (!raw) return undefined;
  for (const part of raw.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** For the staff resolver and for pages: who is signed in on this request, or null. */
export function staffFromRequest(req: Request): Promise<StaffMember | null> {
  return staffFromToken(sessionTokenOf(req));
}

/** Cookie options for pages: httpOnly, sameSite=lax, secure in production (or when SECURE_COOKIES says so). */
export function sessionCookieOptions(expiresAt: Date): { httpOnly: true; sameSite: 'lax'; secure: boolean; path: '/'; expires: Date } {
  const cfg = config();
  return { httpOnly: true, sameSite: 'lax', secure: cfg.SECURE_COOKIES ?? cfg.NODE_ENV === 'production', path: '/', expires: expiresAt };
}

/** Replaces a one-time (or any) password; other sessions of this member are ended. */
export async function changePassword(staff: StaffMember, currentPassword: string, newPassword: string): Promise<void> {
  const record = await StaffModel.findById(staff.staffId).lean<StaffRecord>();
  if (!record || !(await verifyPassword(currentPassword, record.passwordHash))) {
    throw new BadRequest('The current password is not right.', [{ field: 'currentPassword', message: 'not right' }]);
  }
  if (newPassword.length < MIN_PASSWORD || newPassword.length > 200) {
    throw new BadRequest(`Choose a password of at least ${MIN_PASSWORD} characters.`, [{ field: 'newPassword', message: `at least ${MIN_PASSWORD} characters` }]);
  }
  if (newPassword === currentPassword) throw new BadRequest('Choose a new password.', [{ field: 'newPassword', message: 'same as the current one' }]);
  await StaffModel.updateOne({ _id: record._id }, { $set: { passwordHash: await hashPassword(newPassword), passwordIsTemporary: false } });
  const others = (await SessionModel.find({ staffId: record._id }).lean<SessionRecord[]>()).filter((s) => s._id !== staff.sessionId);
  for (const s of others) await SessionModel.deleteOne({ _id: s._id });
}

export function actorOf(staff: StaffRecord | StaffMember): { kind: 'staff'; id: string; email: string; role: string } {
  return { kind: 'staff', id: 'staffId' in staff ? staff.staffId : staff._id, email: staff.email, role: staff.role };
}

/** Housekeeping for the archive worker: expired sessions and old sign-in attempts. */
export async function pruneSessionsAndAttempts(now = new Date()): Promise<void> {
  await SessionModel.deleteMany({ expiresAt: { $lt: now } });
  const keepMs = Math.max(24 * 3_600_000, config().SIGN_IN_LOCKOUT_MINUTES * 60_000);
  await SignInAttemptModel.deleteMany({ at: { $lt: new Date(now.getTime() - keepMs) } });
}
