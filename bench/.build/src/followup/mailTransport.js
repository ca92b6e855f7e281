"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var mailTransport_exports = {};
__export(mailTransport_exports, {
  classifyMailError: () => classifyMailError,
  createMailSender: () => createMailSender,
  mailDir: () => mailDir
});
module.exports = __toCommonJS(mailTransport_exports);
var import_nodemailer = __toESM(require("nodemailer"));
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_config = require("../platform/config");
var import_logging = require("../platform/logging");
function mailDir() {
  const cfg = (0, import_config.config)();
  return (0, import_node_path.resolve)(cfg.MAIL_DIR ?? (0, import_node_path.join)(cfg.DATA_DIR, "mail"));
}
function createMailSender() {
  const cfg = (0, import_config.config)();
  if (cfg.SMTP_URL) {
    const timeout = cfg.MAIL_SMTP_TIMEOUT_MS;
    const transport2 = import_nodemailer.default.createTransport({
      url: cfg.SMTP_URL,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
      dnsTimeout: timeout
    });
    return {
      async send(email) {
        await transport2.sendMail({
          from: cfg.MAIL_FROM,
          to: email.to,
          subject: email.subject,
          text: email.text,
          html: email.html,
          messageId: email.messageId,
          headers: { "Auto-Submitted": "auto-generated" }
        });
      },
      close: () => transport2.close()
    };
  }
  const transport = import_nodemailer.default.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    async send(email) {
      const info = await transport.sendMail({
        from: cfg.MAIL_FROM,
        to: email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: email.messageId,
        headers: { "Auto-Submitted": "auto-generated" }
      });
      const dir = mailDir();
      (0, import_node_fs.mkdirSync)(dir, { recursive: true });
      const file = (0, import_node_path.join)(dir, `${email.fileName.replace(/[^A-Za-z0-9._-]/g, "_")}.eml`);
      const temp = `${file}.${process.pid}.tmp`;
      (0, import_node_fs.writeFileSync)(temp, info.message, { mode: 384 });
      (0, import_node_fs.renameSync)(temp, file);
      import_logging.logger.info({ file }, "email written");
    },
    close: () => transport.close()
  };
}
function classifyMailError(err) {
  const e = err;
  if (typeof e?.responseCode === "number") return { permanent: e.responseCode >= 500 && e.responseCode < 600, code: String(e.responseCode) };
  if (e?.code === "EENVELOPE" || e?.code === "ENORECIPIENT") return { permanent: true, code: e.code };
  return { permanent: false, code: e?.code ?? "ERROR" };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  classifyMailError,
  createMailSender,
  mailDir
});
