import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { useTestDatabase } from '../support/testDatabase';
import { testApp } from '../support/testApp';
import { completeReferral } from '../support/fixtures';
import { clearApiKeyCache } from '../../src/platform/auth/apiKeyService';

const run = promisify(execFile);
const { uri, dbName } = useTestDatabase();
const app = testApp();
const apikey = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/apikey.ts', ...args], {
    cwd: join(__dirname, '..', '..'),
    env: { ...process.env, MONGODB_URI: uri, MONGODB_DB: dbName, LOG_LEVEL: 'silent' },
  });

describe('an administrator manages partner keys from the command line', () => {
  test('create prints a working key once; revoke stops it', async () => {
    const created = await apikey('create', 'Hillside', 'Primary', 'MIS');
    const key = /sri_\S+/.exec(created.stdout)?.[0];
    expect(created.stdout).toMatch(/for Hillside Primary MIS/);
    expect(key).toBeDefined();
    const keyId = /Created key (\S+)/.exec(created.stdout)![1];
    expect((await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).send(completeReferral())).status).toBe(201);

    await apikey('revoke', keyId);
    clearApiKeyCache();
    expect((await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).send(completeReferral())).status).toBe(401);
    const listed = await apikey('list');
    expect(listed.stdout).toMatch(new RegExp(`${keyId}\\tHillside Primary MIS\\t.*revoked`));
    expect(listed.stdout).not.toMatch(/sri_/);
  }, 60_000);

  test('scopes can be narrowed', async () => {
    const created = await apikey('create', 'Read only partner', '--scopes', 'referrals:read');
    const key = /sri_\S+/.exec(created.stdout)![0];
    expect((await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).send(completeReferral())).status).toBe(403);
  }, 60_000);
});
