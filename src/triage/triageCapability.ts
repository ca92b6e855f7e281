import { config } from '../platform/config';
import { registerStaffResolver } from '../platform/auth/authentication';
import { logger } from '../platform/logging';
import { pollingWorker, registerWorker } from '../platform/workers';
import { staffFromRequest } from '../staff/staffService';
import { archiveDecided } from './archiveService';

// Staff sessions (bearer token or the sri_session cookie) answer tsoa's @Security('staff').
registerStaffResolver(staffFromRequest);

registerWorker(
  pollingWorker(
    'triage-archive',
    () => config().ARCHIVE_POLL_MS,
    async () => {
      await archiveDecided();
    },
    (err) => logger.warn({ err: { name: (err as Error)?.name, message: (err as Error)?.message } }, 'archiving failed; will retry'),
  ),
);
