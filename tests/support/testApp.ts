import type { Express } from 'express';
import { loadConfig } from '../../src/platform/config';
import { createApiKey } from '../../src/platform/auth/apiKeyService';
import type { ApiScope } from '../../src/platform/auth/apiKeyModel';

/** The app as the server builds it, with test settings (no workers; mail kept in a temp folder). */
export function testApp(env: Record<string, string> = {}): Express {
  // Tests seed the database directly, so the queue view always scans (QUEUE_VIEW_MAX_AGE_MS=0) unless a test says otherwise.
  loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent', WORKERS: 'false', QUEUE_VIEW_MAX_AGE_MS: '0', ...env });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('../../src/capabilities');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../src/app') as typeof import('../../src/app')).createApp();
}

export async function partnerKey(name = 'Hillside Primary MIS', scopes?: ApiScope[]): Promise<string> {
  return (await createApiKey(name, scopes)).key;
}
