import { Schema, model } from 'mongoose';
import type { StaffRole } from '../platform/auth/authentication';

/** A First Contact staff account. `_id` is a random staff id; the email is unique (lower-cased). */
export interface StaffRecord {
  _id: string;
  email: string;
  role: StaffRole;
  /** `scrypt$N$r$p$salt$hash` (base64url parts). */
  passwordHash: string;
  /** Set for the one-time password printed by `npm run staff -- create`; cleared when the member sets their own. */
  passwordIsTemporary: boolean;
  createdAt: Date;
  disabledAt?: Date;
}

const staffSchema = new Schema<StaffRecord>(
  {
    _id: { type: String, required: true },
    email: { type: String, required: true, unique: true },
    role: { type: String, required: true },
    passwordHash: { type: String, required: true },
    passwordIsTemporary: { type: Boolean, required: true, default: false },
    createdAt: { type: Date, required: true },
    disabledAt: { type: Date, required: false },
  },
  { versionKey: false },
);
export const StaffModel = model<StaffRecord>('Staff', staffSchema, 'staff');

/**
 * A signed-in session. `_id` is the SHA-256 of the token (the token itself is never stored), so every request's
 * session look-up is a look-up by `_id`.
 */
export interface SessionRecord {
  _id: string;
  staffId: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** Idle expiry, pushed forward as the session is used (never beyond `notAfter`). */
  expiresAt: Date;
  notAfter: Date;
  endedAt?: Date;
  ip?: string;
}

const sessionSchema = new Schema<SessionRecord>(
  {
    _id: { type: String, required: true },
    staffId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    lastSeenAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    notAfter: { type: Date, required: true },
    endedAt: { type: Date, required: false },
    ip: { type: String, required: false },
  },
  { versionKey: false },
);
sessionSchema.index({ staffId: 1 });
export const SessionModel = model<SessionRecord>('Session', sessionSchema, 'sessions');

/**
 * One sign-in attempt for an email, numbered: `_id` = `<sha256(email)>:<n>`. The slot is taken (inserted) before
 * the password is checked, so the unique `_id` serialises attempts across processes and nobody gets more than
 * SIGN_IN_MAX_FAILURES guesses however many requests they send at once. Insert-only, apart from the attempt's own
 * request marking it succeeded.
 */
export interface SignInAttemptRecord {
  _id: string;
  emailKey: string;
  n: number;
  at: Date;
  succeeded: boolean;
}

const attemptSchema = new Schema<SignInAttemptRecord>(
  {
    _id: { type: String, required: true },
    emailKey: { type: String, required: true },
    n: { type: Number, required: true },
    at: { type: Date, required: true },
    succeeded: { type: Boolean, required: true, default: false },
  },
  { versionKey: false },
);
attemptSchema.index({ emailKey: 1, n: -1 });
export const SignInAttemptModel = model<SignInAttemptRecord>('SignInAttempt', attemptSchema, 'signInAttempts');
