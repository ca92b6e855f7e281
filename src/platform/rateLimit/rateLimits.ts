import { createHmac } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { config } from '../config';
import { presentedApiKey } from '../auth/authentication';
import { sendProblem } from '../errorHandler';
import { DatabaseRateLimitStore, type DatabaseStoreOptions } from './databaseStore';

/** Only credentials in a form we issue get their own bucket; anything else counts against the caller's address. */
const CREDENTIAL_FORM = /^(sri_pk[0-9a-z]{10}_[A-Za-z0-9_-]{43}|srs_[A-Za-z0-9_-]{43})$/;

/**
 * Keys are HMACs, never raw API keys or IP addresses. In production the secret is the deployment's CSRF or link
 * secret (both required there), so a stored key cannot be reversed by trying every IPv4 address.
 */
function hashed(kind: string, value: string): string {
  const plain = `${kind}:${value}`;
  let key = recentKeys.get(plain);
  if (key === undefined) {
    const cfg = config();
    const secret = cfg.CSRF_SECRET ?? cfg.LINK_SECRET ?? 'safer-referral-intake-rate-limit';
    key = `${kind}:${createHmac('sha256', secret).update(plain).digest('base64url').slice(0, 32)}`;
    // The same few callers make most requests: remember their keys rather than HMAC every request.
    if (recentKeys.size >= 10_000) recentKeys.clear();
    recentKeys.set(plain, key);
  }
  return key;
}
const recentKeys = new Map<string, string>();

const clientAddress = (req: Request) => hashed('ip', req.ip ?? req.socket.remoteAddress ?? 'unknown');

/** A partner key or staff token when one is presented in our form, otherwise the client address. */
export function callerKey(req: Request): string {
  const credential = presentedApiKey(req);
  return credential && CREDENTIAL_FORM.test(credential) ? hashed('key', credential) : clientAddress(req);
}

export interface LimiterOptions extends DatabaseStoreOptions {
  /** Requests per window. */
  limit: number;
  windowMs?: number;
  /** Distinguishes this limiter's counts from others' in the shared collection. */
  name: string;
  key?: (req: Request) => string;
  /** Count only the answers this says are failures (e.g. wrong passwords), not every request. */
  countOnly?: (status: number) => boolean;
  detail: (limit: number, retryAfterSeconds: number) => string;
}

export interface Limiter {
  middleware: RequestHandler;
  store: DatabaseRateLimitStore;
}

/** A fixed-window limit whose counts are shared through the database; over the limit: 429, Retry-After, problem+json. */
export function databaseRateLimit(options: LimiterOptions): Limiter {
  const store = new DatabaseRateLimitStore({ syncMs: options.syncMs, freshWithinMs: options.freshWithinMs, prefix: `${options.name}|` });
  const middleware = rateLimit({
    windowMs: options.windowMs ?? 60_000,
    limit: options.limit,
    store,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: options.key ?? callerKey,
    ...(options.countOnly
      ? { skipSuccessfulRequests: true, requestWasSuccessful: (_req: Request, res: { statusCode: number }) => !options.countOnly!(res.statusCode) }
      : {}),
    handler: (req, res) => {
      const retryAfter = Number(res.getHeader('Retry-After')) || Math.ceil((options.windowMs ?? 60_000) / 1000);
      res.setHeader('Retry-After', String(retryAfter));
      if (req.originalUrl.startsWith('/api/')) return sendProblem(res, 429, 'Too many requests', options.detail(options.limit, retryAfter));
      res.status(429).type('text/plain').send(`Too many requests. ${options.detail(options.limit, retryAfter)}`); // a page's form post

    },
  });
  return { middleware, store };
}

/** Failed sign-ins allowed per client address per minute, across all accounts (each account also locks itself). */
export function signInFailuresPerMinute(): number {
  return Math.max(5, Math.ceil(config().RATE_LIMIT_PER_MINUTE / 30));
}

/**
 * The limits, built once per app:
 * - every `/api` request, and the pages' form posts: RATE_LIMIT_PER_MINUTE per partner API key or staff session,
 *   or per client address without one;
 * - sign-in (`POST /api/v1/session` and the sign-in page): failed attempts per client address
 *   (RATE_LIMIT_PER_MINUTE / 30, at least 5), on top of the per-account lockout.
 */
export function apiRateLimits(options: DatabaseStoreOptions = {}): { requests: Limiter; signIn: Limiter } {
  const perMinute = config().RATE_LIMIT_PER_MINUTE;
  const requests = databaseRateLimit({
    ...options,
    name: 'api',
    limit: perMinute,
    detail: (limit, s) => `At most ${limit} requests a minute are accepted from one API key, session or address. Try again in ${s} seconds.`,
  });
  const signIn = databaseRateLimit({
    ...options,
    name: 'sign-in',
    limit: signInFailuresPerMinute(),
    key: clientAddress,
    freshWithinMs: 0, // few requests, each worth a fresh look at the other instances' counts
    countOnly: (status) => status === 400 || status === 401 || status === 429,
    detail: (limit, s) => `Too many failed sign-ins from your network (at most ${limit} a minute). Try again in ${s} seconds.`,
  });
  return { requests, signIn };
}
