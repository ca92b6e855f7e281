/**
 * Partner API keys: `npm run apikey -- create "<partner name>" [--scopes referrals:write,referrals:read]`,
 * `npm run apikey -- revoke <key id>`, `npm run apikey -- list`. The key is printed once; only its hash is stored.
 */
import { loadConfig } from '../src/platform/config';
import { connectDatabase, disconnectDatabase } from '../src/platform/db/database';
import { createApiKey, listApiKeys, revokeApiKey } from '../src/platform/auth/apiKeyService';
import type { ApiScope } from '../src/platform/auth/apiKeyModel';

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const usage = 'Usage: npm run apikey -- create "<partner name>" [--scopes a,b] | revoke <key id> | list';
  if (!command) throw new Error(usage);
  const cfg = loadConfig({ ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' });
  await connectDatabase({ uri: cfg.MONGODB_URI, dataDir: cfg.DATA_DIR, dbName: cfg.MONGODB_DB });
  try {
    if (command === 'create') {
      const scopesAt = rest.indexOf('--scopes');
      const scopes = scopesAt >= 0 ? ((rest[scopesAt + 1] ?? '').split(',').filter(Boolean) as ApiScope[]) : undefined;
      const name = (scopesAt >= 0 ? [...rest.slice(0, scopesAt), ...rest.slice(scopesAt + 2)] : rest).join(' ');
      const { keyId, key } = await createApiKey(name, scopes);
      console.log(`Created key ${keyId} for ${name}.`);
      console.log('Give this key to the partner now; it is not shown again and cannot be recovered:');
      console.log(`\n  ${key}\n`);
    } else if (command === 'revoke') {
      if (!rest[0]) throw new Error(usage);
      await revokeApiKey(rest[0]);
      console.log(`Revoked ${rest[0]}. Requests with it are refused within a few seconds on every instance.`);
    } else if (command === 'list') {
      for (const k of await listApiKeys()) {
        console.log(`${k._id}\t${k.partnerName}\t${k.scopes.join(',')}\t${k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : 'active'}`);
      }
    } else {
      throw new Error(usage);
    }
  } finally {
    await disconnectDatabase();
  }
}

main().catch((err) => {
  console.error(err?.message ?? err);
  process.exit(1);
});
