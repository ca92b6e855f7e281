import mongoose from 'mongoose';
import { createHash } from 'node:crypto';
import { ensureIndexes } from '../../src/platform/db/database';
// Every model registers itself on import; the app imports them all, so their unique indexes exist in tests too.
import '../../src/capabilities';
import '../../src/app';

/**
 * Connects this test file to its own database in the shared test server and empties every collection before
 * each test, so files run in parallel and tests never see each other's data.
 */
export function useTestDatabase(): { uri: string; dbName: string } {
  const testPath = expect.getState().testPath ?? 'unknown';
  const dbName = `t_${createHash('sha1').update(testPath).digest('hex').slice(0, 12)}`;
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error('MONGODB_URI is not set: run the tests through jest (globalSetup starts the database)');
  beforeAll(async () => {
    await mongoose.connect(uri, { dbName, serverSelectionTimeoutMS: 5000 });
    await ensureIndexes();
  });
  beforeEach(async () => {
    const db = mongoose.connection.db!;
    for (const { name } of await db.listCollections().toArray()) await db.collection(name).deleteMany({});
  });
  afterAll(async () => {
    await mongoose.disconnect();
  });
  return { uri, dbName };
}
