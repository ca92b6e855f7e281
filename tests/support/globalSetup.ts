import { mkdtempSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startFerretDb, type EmbeddedDatabase } from '../../src/platform/db/embeddedFerretDb';

/** One embedded FerretDB for the whole run (each test file uses its own database in it), unless MONGODB_URI is set. */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  if (process.env.MONGODB_URI) return;
  const root = join(__dirname, '..', '.tmp');
  mkdirSync(root, { recursive: true });
  const db = await startFerretDb({ dataDir: mkdtempSync(join(root, 'db-')), log: (m) => console.log(m) });
  process.env.MONGODB_URI = db.uri;
  process.env.TEST_FERRETDB_DATA = db.dataDir;
  (globalThis as { __embeddedDb?: EmbeddedDatabase }).__embeddedDb = db;
}
