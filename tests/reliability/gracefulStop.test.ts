import mongoose from 'mongoose';
import { startServerProcess } from '../support/serverProcess';
import { completeReferral } from '../support/fixtures';
import { createApiKey } from '../../src/platform/auth/apiKeyService';
import { ensureIndexes } from '../../src/platform/db/database';

const dbName = 'graceful_stop';

describe('when the service is told to stop (SIGTERM) under load', () => {
  beforeAll(async () => {
    await mongoose.connect(process.env.MONGODB_URI!, { dbName });
    await mongoose.connection.db!.dropDatabase();
    await ensureIndexes();
  });
  afterAll(() => mongoose.disconnect());

  test('/ready turns 503 first, requests in flight finish, and it exits 0', async () => {
    const { key } = await createApiKey('Load test partner');
    const server = await startServerProcess({ MONGODB_DB: dbName, WORKERS: 'false', SHUTDOWN_DELAY_MS: '700' });
    const post = () =>
      fetch(`${server.url}/api/v1/referrals`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify(completeReferral()),
      }).then((r) => r.status, (e: Error) => `reset: ${e.message}`);

    const inFlight = Array.from({ length: 20 }, post);
    await new Promise((r) => setTimeout(r, 30));
    server.child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 150));
    const ready = await fetch(`${server.url}/ready`).then((r) => r.status, () => 'refused');
    const statuses = await Promise.all(inFlight);

    expect(ready).toBe(503);
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
    expect(await server.exited).toBe(0);
    expect(await mongoose.connection.db!.collection('referrals').countDocuments()).toBe(20);
  }, 90_000);
});
