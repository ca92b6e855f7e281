import { z } from 'zod';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const list = z.string().transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));

/** Every setting the service reads, checked once at start-up: a bad value stops the service with a clear message. */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_BASE_URL: z.string().url().default('http://localhost:3000'),
  MONGODB_URI: z.string().regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://').optional(),
  MONGODB_DB: z.string().regex(/^[A-Za-z0-9_-]{1,60}$/).default('safer_referrals'),
  DATA_DIR: z.string().default('.data'),
  FERRETDB_BIN: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BODY_LIMIT_KB: z.coerce.number().int().min(16).max(4096).default(256),
  IMMEDIATE_RISK_HOURS: z.coerce.number().min(0.5).max(24).default(4),
  BANK_HOLIDAYS_EXTRA: list.default(''),
  /** How old First Contact's view of which referrals are open may be; up to twice this while it refreshes (claims are always current). 0: always scan. */
  QUEUE_VIEW_MAX_AGE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  CLAIM_LEASE_MINUTES: z.coerce.number().min(1).max(24 * 60).default(30),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  MAIL_FROM: z.string().default('First Contact <first-contact@council.example>'),
  MAIL_DIR: z.string().optional(),
  MAIL_POLL_MS: z.coerce.number().int().min(50).default(2000),
  /** How often the mail worker looks for newly due emails in referrals and decisions (full scans on FerretDB). */
  MAIL_SCAN_MS: z.coerce.number().int().min(50).default(10_000),
  /** First retry delay after a temporary SMTP failure; doubles each attempt (with jitter) up to MAIL_RETRY_MAX_MS. */
  MAIL_RETRY_BASE_MS: z.coerce.number().int().min(10).default(30_000),
  MAIL_RETRY_MAX_MS: z.coerce.number().int().min(10).default(3_600_000),
  /** After this many temporary failures an email is marked failed (staff see "referrer could not be emailed"). */
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(30),
  /** A delivery claim's lease: longer than the worst SMTP exchange, so a live sender is never doubled. */
  MAIL_LEASE_MS: z.coerce.number().int().min(100).default(120_000),
  MAIL_SMTP_TIMEOUT_MS: z.coerce.number().int().min(100).default(20_000),
  ANSWER_LINK_DAYS: z.coerce.number().min(1).max(90).default(7),
  LINK_SECRET: z.string().min(32).optional(),
  CSRF_SECRET: z.string().min(32).optional(),
  FIRST_CONTACT_PHONE: z.string().default('01642 000 111'),
  EMERGENCY_PHONE: z.string().default('999'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  SIGN_IN_LOCKOUT_MINUTES: z.coerce.number().min(1).max(24 * 60).default(15),
  SESSION_IDLE_MINUTES: z.coerce.number().min(5).max(24 * 60).default(480),
  SESSION_MAX_HOURS: z.coerce.number().min(1).max(7 * 24).default(12),
  CLAIM_SAFETY_SECONDS: z.coerce.number().min(0).max(600).default(30),
  DECIDED_RETENTION_HOURS: z.coerce.number().min(0).max(24 * 90).default(48),
  ARCHIVE_POLL_MS: z.coerce.number().int().min(50).default(60_000),
  SECURE_COOKIES: flag.optional(),
  WORKERS: flag.default('true'),
  /** How long /ready answers 503 before the server stops accepting, so a load balancer can drain it. */
  SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(30_000).default(250),
});

export type Config = z.infer<typeof schema>;

let current: Config | undefined;

/** Parses the environment; throws a readable error naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  if (parsed.data.NODE_ENV === 'production') {
    const missing = (['MONGODB_URI', 'LINK_SECRET', 'CSRF_SECRET'] as const).filter((k) => !parsed.data[k]);
    if (missing.length) throw new Error(`Invalid configuration: ${missing.join(', ')} must be set in production`);
  }
  current = parsed.data;
  return current;
}

export function config(): Config {
  return current ?? loadConfig();
}

/** For tests: change settings for the running process. */
export function overrideConfig(changes: Partial<Config>): void {
  current = { ...config(), ...changes };
}
