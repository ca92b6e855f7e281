import type { Express } from 'express';
import type { Server } from 'node:http';

export interface Answer {
  status: number;
  contentType: string;
  text: string;
  headers: Headers;
  json<T = Record<string, unknown>>(): T;
}

/**
 * The app on a real loopback port, driven with fetch (keep-alive): far cheaper per request than supertest's
 * server-per-request, which matters for ten thousand fuzz cases.
 */
export async function listen(app: Express): Promise<{ base: string; close(): Promise<void> }> {
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export async function call(base: string, method: string, path: string, options: { headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const res = await fetch(base + path, { method, headers: options.headers, body: options.body, redirect: 'manual' });
  const text = await res.text();
  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    text,
    headers: res.headers,
    json: <T>() => JSON.parse(text) as T,
  };
}

/** Text that must never reach a client: stack frames, database errors, file paths. */
export const LEAK_PATTERNS: RegExp[] = [
  /\bat [\w.<>]+ \(/, // a stack frame: "at fn (file:line)"
  /\n\s+at /,
  /Mongo[A-Z]\w*Error|MongoServerError|MongoNetwork/i,
  /E11000/,
  /duplicate key/i,
  /\/work\/|\/home\/|node_modules|\.ts:\d+|\.js:\d+/,
  /ValidationError: |CastError|TypeError|ReferenceError|SyntaxError: /,
  /ferretdb|sqlite/i,
];

export function leaks(text: string): string[] {
  return LEAK_PATTERNS.filter((p) => p.test(text)).map((p) => `${p}: ${text.slice(0, 300)}`);
}

export const isProblem = (a: Answer) => a.contentType.startsWith('application/problem+json');
