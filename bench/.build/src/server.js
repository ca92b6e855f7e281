"use strict";
var import_config = require("./platform/config");
var import_database = require("./platform/db/database");
var import_logging = require("./platform/logging");
var import_workers = require("./platform/workers");
var import_app = require("./app");
var import_capabilities = require("./capabilities");
async function main() {
  const cfg = (0, import_config.loadConfig)();
  import_logging.logger.level = cfg.LOG_LEVEL;
  const uri = await (0, import_database.connectDatabase)({ uri: cfg.MONGODB_URI, dataDir: cfg.DATA_DIR, dbName: cfg.MONGODB_DB });
  import_logging.logger.info({ embedded: !cfg.MONGODB_URI, database: uri.replace(/\/\/[^@]*@/, "//***@") }, "database connected");
  const app = (0, import_app.createApp)();
  const server = app.listen(cfg.PORT, cfg.HOST, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : cfg.PORT;
    import_logging.logger.info({ url: `http://${cfg.HOST}:${port}` }, "listening");
    console.log(`Safer Referral Intake is listening on http://${cfg.HOST}:${port} (API docs at /docs)`);
  });
  server.keepAliveTimeout = 5e3;
  if (cfg.WORKERS) (0, import_workers.startWorkers)();
  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    import_logging.logger.info({ signal }, "stopping: finishing requests in flight");
    (0, import_app.startDraining)();
    await new Promise((r) => setTimeout(r, cfg.SHUTDOWN_DELAY_MS));
    const closed = new Promise((done) => server.close(() => done()));
    server.closeIdleConnections();
    const force = setTimeout(() => server.closeAllConnections(), 2e4);
    await closed;
    clearTimeout(force);
    await (0, import_workers.stopWorkers)();
    await (0, import_database.disconnectDatabase)();
    import_logging.logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}
main().catch((err) => {
  import_logging.logger.fatal({ err: { message: err?.message } }, "could not start");
  console.error(`Could not start: ${err?.message ?? err}`);
  process.exit(1);
});
