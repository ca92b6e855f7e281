/**
 * Staff account administration.
 *   npm run staff -- create <email> --role worker|manager|admin   prints a one-time password
 *   npm run staff -- reset-password <email>                         new one-time password, signs out everywhere
 *   npm run staff -- disable <email>                                signs out everywhere, refuses sign-in
 *   npm run staff -- list
 * Uses MONGODB_URI / MONGODB_DB (or the embedded database under DATA_DIR), like the service.
 */
import { loadConfig } from '../src/platform/config';
import { connectDatabase, disconnectDatabase } from '../src/platform/db/database';
import { logger } from '../src/platform/logging';
import { HttpProblem } from '../src/platform/errors';
import { createStaff, disableStaff, listStaff, resetPassword, STAFF_ROLES } from '../src/staff/staffService';
import type { StaffRole } from '../src/platform/auth/authentication';

const USAGE = `Usage:
  npm run staff -- create <email> --role ${STAFF_ROLES.join('|')}
  npm run staff -- reset-password <email>
  npm run staff -- disable <email>
  npm run staff -- list`;

async function main(argv: string[]): Promise<number> {
  const [command, email] = argv;
  const roleAt = argv.indexOf('--role');
  const role = (roleAt >= 0 ? argv[roleAt + 1] : 'worker') as StaffRole;
  if (!command || (command !== 'list' && !email)) {
    console.error(USAGE);
    return 2;
  }
  const cfg = loadConfig();
  logger.level = 'warn';
  await connectDatabase({ uri: cfg.MONGODB_URI, dataDir: cfg.DATA_DIR, dbName: cfg.MONGODB_DB });
  try {
    switch (command) {
      case 'create': {
        const created = await createStaff(email, role);
        console.log(`Created ${created.role} account ${created.email}.`);
        console.log(`One-time password (shown once; they choose their own at first sign-in): ${created.oneTimePassword}`);
        return 0;
      }
      case 'reset-password': {
        const { oneTimePassword } = await resetPassword(email);
        console.log(`New one-time password for ${email.trim().toLowerCase()} (shown once): ${oneTimePassword}`);
        return 0;
      }
      case 'disable':
        await disableStaff(email);
        console.log(`Disabled ${email.trim().toLowerCase()} and ended their sessions.`);
        return 0;
      case 'list':
        for (const s of await listStaff()) console.log(`${s.email}\t${s.role}${s.disabled ? '\t(disabled)' : ''}`);
        return 0;
      default:
        console.error(USAGE);
        return 2;
    }
  } catch (err) {
    if (err instanceof HttpProblem) {
      console.error(err.detail ?? err.title);
      return 1;
    }
    throw err;
  } finally {
    await disconnectDatabase();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`Failed: ${err?.message ?? err}`);
    process.exit(1);
  },
);
