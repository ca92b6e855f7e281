import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ValidateError } from '@tsoa/runtime';
import { ZodError } from 'zod';
import { randomUUID } from 'node:crypto';
import { HttpProblem, type FieldProblem } from './errors';
import { logger } from './logging';
import { isDatabaseUnavailable } from './db/database';

/** Writes an RFC 9457 problem+json answer. */
export function sendProblem(res: Parameters<RequestHandler>[1], status: number, title: string, detail?: string, errors: FieldProblem[] = []): void {
  res.status(status).type('application/problem+json').json({
    type: 'about:blank',
    title,
    status,
    ...(detail ? { detail } : {}),
    ...(errors.length ? { errors } : {}),
  });
}

/** tsoa names fields like `body.referrer.email` or `body.children.$0.firstName`; partners think in `referrer.email`, `children[0].firstName`. */
export function fieldName(raw: string): string {
  return raw
    .replace(/^(requestBody|body)\.?/, '')
    .replace(/\.\$(\d+)/g, '[$1]')
    .replace(/^\$(\d+)/, '[$1]') || 'body';
}

/** One error handler for the API: every failure becomes problem+json, and nothing internal leaks. */
export const errorHandler: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  if (err instanceof ValidateError) {
    const errors = Object.entries(err.fields).map(([field, detail]) => ({ field: fieldName(field), message: detail.message }));
    return sendProblem(res, 400, 'Your request has problems', 'Some fields are missing or not in the expected form.', errors);
  }
  if (err instanceof ZodError) {
    const errors = err.issues.map((i) => ({ field: i.path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '['), message: i.message }));
    return sendProblem(res, 400, 'Your request has problems', 'Some fields are missing or not in the expected form.', errors);
  }
  if (err instanceof HttpProblem) {
    for (const [name, value] of Object.entries(err.headers)) res.setHeader(name, value);
    return sendProblem(res, err.status, err.title, err.detail, err.errors);
  }
  // body-parser errors: oversized, broken JSON, unsupported charset
  const type = (err as { type?: string }).type;
  if (type === 'entity.too.large') return sendProblem(res, 413, 'Request too large', `Requests may be at most ${(err as { limit?: number }).limit ?? ''} bytes.`);
  if (type === 'entity.parse.failed') return sendProblem(res, 400, 'Your request has problems', 'The body is not valid JSON.', [{ field: 'body', message: 'not valid JSON' }]);
  if (type === 'charset.unsupported' || type === 'encoding.unsupported') return sendProblem(res, 415, 'Unsupported encoding', 'Send UTF-8 JSON.');
  if (typeof (err as { status?: number }).status === 'number' && (err as { status: number }).status >= 400 && (err as { status: number }).status < 500) {
    return sendProblem(res, (err as { status: number }).status, 'Bad request');
  }
  if (isDatabaseUnavailable(err)) {
    res.setHeader('Retry-After', '5');
    return sendProblem(res, 503, 'Service unavailable', 'The service cannot reach its database just now. Please try again in a minute.');
  }
  const incident = randomUUID();
  logger.error({ incident, path: req.path, method: req.method, err: { name: err?.name, code: (err as { code?: unknown })?.code, message: err?.message, stack: err?.stack } }, 'unexpected error');
  sendProblem(res, 500, 'Something went wrong', `Please try again. If it keeps happening, quote incident ${incident}.`);
};
