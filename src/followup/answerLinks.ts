import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { config } from '../platform/config';
import { isDuplicateKey } from '../platform/db/database';
import { logger } from '../platform/logging';
import { FollowUpLinkModel, type FollowUpLinkRecord } from './followUpModels';

let cachedSecret: { key: string; secret: Buffer } | undefined;

/**
 * LINK_SECRET from the environment (production insists on it, see config.ts). In development and test a secret is
 * generated once and kept in `<DATA_DIR>/secrets/link-secret` (mode 600), so links survive a restart and the
 * secret never lands in the repository.
 */
export function linkSecret(): Buffer {
  const cfg = config();
  const key = cfg.LINK_SECRET ? `env:${cfg.LINK_SECRET}` : `file:${resolve(cfg.DATA_DIR)}`;
  if (cachedSecret?.key === key) return cachedSecret.secret;
  let secret: Buffer;
  if (cfg.LINK_SECRET) {
    secret = Buffer.from(cfg.LINK_SECRET, 'utf8');
  } else {
    const dir = join(cfg.DATA_DIR, 'secrets');
    const file = join(dir, 'link-secret');
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      try {
        writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
        logger.info({ file }, 'answer-link secret generated');
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    }
    chmodSync(file, 0o600);
    secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
  }
  cachedSecret = { key, secret };
  return secret;
}

/**
 * The token in a follow-up link: HMAC-SHA256(LINK_SECRET, messageId), 43 base64url characters. Derived, not
 * stored, so every retry of the email rebuilds the same link; the database keeps only its SHA-256.
 */
export function answerToken(messageId: string): string {
  return createHmac('sha256', linkSecret()).update(`follow-up-link:${messageId}`).digest('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Always from PUBLIC_BASE_URL, never from a request's Host header. */
export function answerLink(token: string): string {
  return `${config().PUBLIC_BASE_URL.replace(/\/+$/, '')}/follow-up/${token}`;
}

/**
 * Records the link before the email carrying it is sent. A retry finds it already there and keeps the first expiry,
 * so resending never extends a link's life.
 */
export async function ensureAnswerLink(reference: string, messageId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = answerToken(messageId);
  const _id = tokenHash(token);
  const record: FollowUpLinkRecord = {
    _id,
    reference,
    messageId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + config().ANSWER_LINK_DAYS * 86_400_000),
  };
  try {
    await FollowUpLinkModel.collection.insertOne(record as never);
    return { token, expiresAt: record.expiresAt };
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    const existing = await FollowUpLinkModel.findById(_id).lean<FollowUpLinkRecord>();
    return { token, expiresAt: existing?.expiresAt ?? record.expiresAt };
  }
}

/** The stored link for a token, or null for anything not issued by us (tampered, truncated, made up). */
export async function findAnswerLink(token: string): Promise<FollowUpLinkRecord | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const link = await FollowUpLinkModel.findById(tokenHash(token)).lean<FollowUpLinkRecord>();
  if (!link) return null;
  // Defence in depth: the token must also be the one we would derive for that message.
  const expected = Buffer.from(answerToken(link.messageId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given) ? link : null;
}
