import type { IncomingMessage } from 'node:http';
import type { Request } from 'express';

/**
 * tsoa's enum check rewrites the parsed body in place (`["school"]` becomes `"school"`), so rules that must see
 * exactly what the client sent (never silently converting a referral field) read the body from its raw bytes.
 */
export function keepRawBody(req: IncomingMessage, _res: unknown, buf: Buffer): void {
  (req as IncomingMessage & { rawBody?: Buffer }).rawBody = buf;
}

/** The JSON body exactly as sent; falls back to the parsed body for requests that did not come through express.json. */
export function originalBody(req: Request): unknown {
  const raw = (req as Request & { rawBody?: Buffer }).rawBody;
  return raw && raw.length ? JSON.parse(raw.toString('utf8')) : req.body;
}
