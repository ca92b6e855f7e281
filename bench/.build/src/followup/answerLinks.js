"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var answerLinks_exports = {};
__export(answerLinks_exports, {
  TOKEN_PATTERN: () => TOKEN_PATTERN,
  answerLink: () => answerLink,
  answerToken: () => answerToken,
  ensureAnswerLink: () => ensureAnswerLink,
  findAnswerLink: () => findAnswerLink,
  linkSecret: () => linkSecret,
  tokenHash: () => tokenHash
});
module.exports = __toCommonJS(answerLinks_exports);
var import_node_crypto = require("node:crypto");
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var import_config = require("../platform/config");
var import_database = require("../platform/db/database");
var import_logging = require("../platform/logging");
var import_followUpModels = require("./followUpModels");
let cachedSecret;
function linkSecret() {
  const cfg = (0, import_config.config)();
  const key = cfg.LINK_SECRET ? `env:${cfg.LINK_SECRET}` : `file:${(0, import_node_path.resolve)(cfg.DATA_DIR)}`;
  if (cachedSecret?.key === key) return cachedSecret.secret;
  let secret;
  if (cfg.LINK_SECRET) {
    secret = Buffer.from(cfg.LINK_SECRET, "utf8");
  } else {
    const dir = (0, import_node_path.join)(cfg.DATA_DIR, "secrets");
    const file = (0, import_node_path.join)(dir, "link-secret");
    if (!(0, import_node_fs.existsSync)(file)) {
      (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
      try {
        (0, import_node_fs.writeFileSync)(file, (0, import_node_crypto.randomBytes)(32).toString("base64url"), { mode: 384, flag: "wx" });
        import_logging.logger.info({ file }, "answer-link secret generated");
      } catch (err) {
        if (err.code !== "EEXIST") throw err;
      }
    }
    (0, import_node_fs.chmodSync)(file, 384);
    secret = Buffer.from((0, import_node_fs.readFileSync)(file, "utf8").trim(), "utf8");
  }
  cachedSecret = { key, secret };
  return secret;
}
function answerToken(messageId) {
  return (0, import_node_crypto.createHmac)("sha256", linkSecret()).update(`follow-up-link:${messageId}`).digest("base64url");
}
function tokenHash(token) {
  return (0, import_node_crypto.createHash)("sha256").update(token, "utf8").digest("hex");
}
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
function answerLink(token) {
  return `${(0, import_config.config)().PUBLIC_BASE_URL.replace(/\/+$/, "")}/follow-up/${token}`;
}
async function ensureAnswerLink(reference, messageId, now = /* @__PURE__ */ new Date()) {
  const token = answerToken(messageId);
  const _id = tokenHash(token);
  const record = {
    _id,
    reference,
    messageId,
    createdAt: now,
    expiresAt: new Date(now.getTime() + (0, import_config.config)().ANSWER_LINK_DAYS * 864e5)
  };
  try {
    await import_followUpModels.FollowUpLinkModel.collection.insertOne(record);
    return { token, expiresAt: record.expiresAt };
  } catch (err) {
    if (!(0, import_database.isDuplicateKey)(err)) throw err;
    const existing = await import_followUpModels.FollowUpLinkModel.findById(_id).lean();
    return { token, expiresAt: existing?.expiresAt ?? record.expiresAt };
  }
}
async function findAnswerLink(token) {
  if (!TOKEN_PATTERN.test(token)) return null;
  const link = await import_followUpModels.FollowUpLinkModel.findById(tokenHash(token)).lean();
  if (!link) return null;
  const expected = Buffer.from(answerToken(link.messageId));
  const given = Buffer.from(token);
  return expected.length === given.length && (0, import_node_crypto.timingSafeEqual)(expected, given) ? link : null;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  TOKEN_PATTERN,
  answerLink,
  answerToken,
  ensureAnswerLink,
  findAnswerLink,
  linkSecret,
  tokenHash
});
