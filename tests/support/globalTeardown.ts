import { rmSync } from 'node:fs';
import type { EmbeddedDatabase } from '../../src/platform/db/embeddedFerretDb';

export default async function globalTeardown(): Promise<void> {
  const db = (globalThis as { __embeddedDb?: EmbeddedDatabase }).__embeddedDb;
  if (!db) return;
  await db.stop();
  rmSync(db.dataDir, { recursive: true, force: true });
}
