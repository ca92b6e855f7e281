import request from 'supertest';
import mongoose from 'mongoose';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Express } from 'express';
import { startFerretDb, type EmbeddedDatabase } from '../../src/platform/db/embeddedFerretDb';
import { ensureIndexes } from '../../src/platform/db/database';
import { partnerKey, testApp } from '../support/testApp';
import { completeReferral } from '../support/fixtures';

/** Kills the real database process under the service, then brings it back on the same port and data. */
describe('when the database goes away', () => {
  let db: EmbeddedDatabase;
  let dataDir: string;
  let app: Express;
  let key: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(__dirname, '..', '.tmp', 'outage-'));
    db = await startFerretDb({ dataDir });
    await mongoose.connect(db.uri, { dbName: 'outage', serverSelectionTimeoutMS: 2000, heartbeatFrequencyMS: 500 });
    await ensureIndexes();
    app = testApp();
    key = await partnerKey();
  });
  afterAll(async () => {
    await mongoose.disconnect();
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('writes answer 503 fast, /ready turns 503, and the service recovers by itself when it returns', async () => {
    const before = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).send(completeReferral());
    expect(before.status).toBe(201);

    db.process.kill('SIGKILL');
    await new Promise((r) => db.process.once('exit', r));

    const started = Date.now();
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).send(completeReferral());
      statuses.push(res.status);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    expect(statuses).toEqual([503, 503, 503]);
    expect(Date.now() - started).toBeLessThan(7000);
    expect((await request(app).get('/ready')).status).toBe(503);
    expect((await request(app).get('/health')).status).toBe(200);

    db = await startFerretDb({ dataDir, port: db.port });
    let recovered = 0;
    for (let i = 0; i < 60 && !recovered; i++) {
      await new Promise((r) => setTimeout(r, 250));
      const res = await request(app).post('/api/v1/referrals').set('Authorization', `Bearer ${key}`).send(completeReferral());
      if (res.status === 201) recovered = 1;
    }
    expect(recovered).toBe(1);
    expect((await request(app).get('/ready')).status).toBe(200);
    expect(await mongoose.connection.db!.collection('referrals').countDocuments()).toBe(2);
  }, 90_000);
});
