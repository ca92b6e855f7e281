import type { Server } from 'node:http';
import { loadConfig } from './platform/config';
import { connectDatabase, disconnectDatabase } from './platform/db/database';
import { logger } from './platform/logging';
import { startWorkers, stopWorkers } from './platform/workers';
import { createApp, startDraining } from './app';
import './capabilities';

/** config -> database -> listen -> workers; on SIGTERM: stop taking requests, finish those in flight, close, exit 0. */
async function main(): Promise<void> {
  const cfg = loadConfig();
  logger.level = cfg.LOG_LEVEL;
  const uri = await connectDatabase({ uri: cfg.MONGODB_URI, dataDir: cfg.DATA_DIR, dbName: cfg.MONGODB_DB });
  logger.info({ embedded: !cfg.MONGODB_URI, database: uri.replace(/\/\/[^@]*@/, '//***@') }, 'database connected');
  const app = createApp();
  const server: Server = app.listen(cfg.PORT, cfg.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : cfg.PORT;
    logger.info({ url: `http://${cfg.HOST}:${port}` }, 'listening');
    // eslint-disable-next-line no-console
    console.log(`Safer Referral Intake is listening on http://${cfg.HOST}:${port} (API docs at /docs)`);
  });
  server.keepAliveTimeout = 5_000;
  if (cfg.WORKERS) startWorkers();

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping: finishing requests in flight');
    startDraining();
    await new Promise((r) => setTimeout(r, cfg.SHUTDOWN_DELAY_MS));
    const closed = new Promise<void>((done) => server.close(() => done()));
    server.closeIdleConnections();
    const force = setTimeout(() => server.closeAllConnections(), 20_000);
    await closed;
    clearTimeout(force);
    await stopWorkers();
    await disconnectDatabase();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((err) => {
  logger.fatal({ err: { message: err?.message } }, 'could not start');
  // eslint-disable-next-line no-console
  console.error(`Could not start: ${err?.message ?? err}`);
  process.exit(1);
});
