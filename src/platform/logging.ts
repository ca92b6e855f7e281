import pino from 'pino';

/**
 * Structured logs for on-call engineers. Referrals are child-protection data: log references, ids, codes and
 * timings, never names, addresses, emails or statements. The redaction list is a second line of defence.
 */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: 'safer-referral-intake' },
  redact: {
    paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers.cookie', '*.email', '*.password', '*.token', 'body', '*.body'],
    censor: '[redacted]',
  },
});
