"use strict";
var import_app = require("../app");
var import_workers = require("../platform/workers");
var import_followUpPages = require("./followUpPages");
var import_mailWorker = require("./mailWorker");
(0, import_workers.registerWorker)((0, import_mailWorker.createMailWorker)());
(0, import_app.registerPages)(import_followUpPages.mountFollowUpPages);
