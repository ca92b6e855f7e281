import express, { type Request, type RequestHandler, type Response } from 'express';
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { config } from '../platform/config';
import { HttpProblem } from '../platform/errors';

/**
 * Signed double-submit tokens: a random value in an HttpOnly cookie, and its HMAC in a hidden form field.
 * Another site can make a browser send the cookie, but cannot read it or compute the HMAC without the secret.
 */
export const CSRF_COOKIE = 'sri_csrf';
export const CSRF_FIELD = '_csrf';

let processSecret: string | undefined;
function secret(): string {
  const configured = config().CSRF_SECRET;
  if (configured) return configured;
  processSecret ??= randomBytes(32).toString('hex');
  return processSecret;
}

export function signValue(value: string, purpose = 'csrf'): string {
  return createHmac('sha256', secret()).update(`${purpose}:${value}`).digest('base64url');
}

export function sameSignature(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function readCookie(req: Request, name: string): string | undefined {
  const parsed = (req as Request & { cookies?: Record<string, string> }).cookies;
  if (parsed && typeof parsed[name] === 'string') return parsed[name];
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) {
      try {
        return decodeURIComponent(v.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function secureCookies(): boolean {
  const cfg = config();
  return cfg.SECURE_COOKIES ?? cfg.PUBLIC_BASE_URL.startsWith('https:');
}

/** The token for this browser's forms; sets the cookie on first use. Also stored in res.locals.csrfToken. */
export function csrfToken(req: Request, res: Response): string {
  let value = readCookie(req, CSRF_COOKIE);
  if (!value || !/^[A-Za-z0-9_-]{20,100}$/.test(value)) {
    value = randomBytes(24).toString('base64url');
    res.cookie(CSRF_COOKIE, value, { httpOnly: true, sameSite: 'lax', secure: secureCookies(), path: '/' });
    (req as Request & { cookies?: Record<string, string> }).cookies = {
      ...((req as Request & { cookies?: Record<string, string> }).cookies ?? {}),
      [CSRF_COOKIE]: value,
    };
  }
  const token = signValue(value);
  res.locals.csrfToken = token;
  return token;
}

/** Sets res.locals.csrfToken for every page, so layouts and forms can use `{{ csrfToken }}`. */
export const provideCsrf: RequestHandler = (req, res, next) => {
  csrfToken(req, res);
  next();
};

/** Parses form posts (small limit) and refuses any without a valid token: 403, a page not a stack trace. */
export const formBody = express.urlencoded({ extended: false, limit: '200kb', parameterLimit: 2000 });

export const verifyCsrf: RequestHandler = (req, res, next) => {
  formBody(req, res, (err?: unknown) => {
    if (err) return next(err);
    const cookie = readCookie(req, CSRF_COOKIE);
    const sent = typeof req.body?.[CSRF_FIELD] === 'string' ? (req.body[CSRF_FIELD] as string) : req.get('X-CSRF-Token') ?? '';
    if (!cookie || !sent || !sameSignature(sent, signValue(cookie))) {
      return next(new HttpProblem(403, 'Your form has expired', 'Go back, reload the page and try again.'));
    }
    next();
  });
};
