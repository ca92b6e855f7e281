"use strict";
var import_config = require("../platform/config");
var import_authentication = require("../platform/auth/authentication");
var import_logging = require("../platform/logging");
var import_workers = require("../platform/workers");
var import_staffService = require("../staff/staffService");
var import_archiveService = require("./archiveService");
(0, import_authentication.registerStaffResolver)(import_staffService.staffFromRequest);
(0, import_workers.registerWorker)(
  (0, import_workers.pollingWorker)(
    "triage-archive",
    () => (0, import_config.config)().ARCHIVE_POLL_MS,
    async () => {
      await (0, import_archiveService.archiveDecided)();
    },
    (err) => import_logging.logger.warn({ err: { name: err?.name, message: err?.message } }, "archiving failed; will retry")
  )
);
