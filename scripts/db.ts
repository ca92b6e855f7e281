/**
 * The embedded database: `npm run db -- install` builds FerretDB when missing; `npm run db -- wipe` deletes
 * the embedded data folder (stop the service first); `npm run db -- where` prints where things live.
 */
import { rmSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { loadConfig } from '../src/platform/config';
import { ensureFerretDbBinary } from '../src/platform/db/embeddedFerretDb';

async function main(): Promise<void> {
  const cfg = loadConfig({ ...process.env, LOG_LEVEL: 'warn' });
  const data = resolve(cfg.DATA_DIR);
  switch (process.argv[2]) {
    case 'install':
      console.log(`FerretDB: ${await ensureFerretDbBinary((m) => console.log(m))}`);
      break;
    case 'wipe':
      rmSync(join(data, 'ferretdb'), { recursive: true, force: true });
      console.log(`Deleted the embedded database in ${join(data, 'ferretdb')}.`);
      break;
    case 'where':
      console.log(`data: ${data}\ndatabase: ${join(data, 'ferretdb')}\nemails: ${cfg.MAIL_DIR ?? join(data, 'mail')}`);
      break;
    default:
      throw new Error('Usage: npm run db -- install | wipe | where');
  }
}

main().catch((err) => {
  console.error(err?.message ?? err);
  process.exit(1);
});
