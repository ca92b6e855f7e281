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
var referralService_exports = {};
__export(referralService_exports, {
  checkReferral: () => checkReferral,
  findReferralRecord: () => findReferralRecord,
  getSubmittedReferral: () => getSubmittedReferral,
  parseSubmission: () => parseSubmission,
  receiptOf: () => receiptOf,
  submitReferral: () => submitReferral
});
module.exports = __toCommonJS(referralService_exports);
var import_node_crypto = require("node:crypto");
var import_checkSpecifics = require("../specifics/checkSpecifics");
var import_routing = require("../triage/routing");
var import_priority = require("../triage/priority");
var import_deadlines = require("../triage/deadlines");
var import_config = require("../platform/config");
var import_database = require("../platform/db/database");
var import_errors = require("../platform/errors");
var import_referralModel = require("./referralModel");
var import_referralSchemas = require("./referralSchemas");
var import_reference = require("./reference");
var import_childIdentity = require("./childIdentity");
function checkReferral(submission) {
  const { findings, specificsScore } = (0, import_checkSpecifics.checkSpecifics)(submission);
  return { findings, specificsScore, route: (0, import_routing.routeReferral)(submission) };
}
function parseSubmission(body) {
  return import_referralSchemas.referralSubmissionSchema.parse(body);
}
async function submitReferral(submission, ctx) {
  const requestHash = hashOf(submission);
  const idempotencyKey = `${ctx.owner}:${ctx.idempotencyKey ?? `generated-${(0, import_node_crypto.randomUUID)()}`}`;
  const receivedAt = ctx.now ?? /* @__PURE__ */ new Date();
  const check = checkReferral(submission);
  const cfg = (0, import_config.config)();
  const decisionDueAt = (0, import_deadlines.decisionDeadline)(receivedAt, check.route.queue, {
    immediateRiskHours: cfg.IMMEDIATE_RISK_HOURS,
    extraHolidays: cfg.BANK_HOLIDAYS_EXTRA
  });
  const asks = check.findings.some((f) => f.severity === "ask");
  for (let attempt = 0; attempt < 5; attempt++) {
    const reference = (0, import_reference.newReference)(receivedAt.getTime());
    const record = {
      _id: reference,
      idempotencyKey,
      requestHash,
      owner: ctx.owner,
      channel: ctx.channel,
      receivedAt,
      queue: check.route.queue,
      routeReasons: check.route.reasons,
      priority: (0, import_priority.priorityOf)(submission, check.route),
      decisionDueAt,
      specificsScore: check.specificsScore,
      childKeys: (0, import_childIdentity.childKeys)(submission),
      submission: JSON.stringify(submission),
      findings: JSON.stringify(check.findings),
      status: "open",
      ...asks ? { followUpEmail: { messageId: `<${reference}.follow-up@safer-referral-intake>`, dueAt: receivedAt } } : {}
    };
    try {
      await import_referralModel.ReferralModel.collection.insertOne(record);
      return receiptOf(record);
    } catch (err) {
      if (!(0, import_database.isDuplicateKey)(err)) throw err;
      const earlier = await import_referralModel.ReferralModel.findOne({ idempotencyKey }).lean();
      if (earlier) {
        if (earlier.requestHash !== requestHash) {
          throw new import_errors.Unprocessable("This Idempotency-Key was already used for a different referral. Use a new key for a new referral.");
        }
        return receiptOf(earlier);
      }
    }
  }
  throw new Error("could not allocate a unique reference");
}
async function getSubmittedReferral(reference, owner) {
  const record = await findReferralRecord(reference);
  if (!record || record.owner !== owner) throw new import_errors.NotFound(`No referral ${reference} from your organisation.`);
  return { ...receiptOf(record), referral: JSON.parse(record.submission), status: record.status };
}
async function findReferralRecord(reference) {
  return await import_referralModel.ReferralModel.findById(reference).lean() ?? await import_referralModel.ArchivedReferralModel.findById(reference).lean();
}
function receiptOf(record) {
  return {
    reference: record._id,
    receivedAt: record.receivedAt,
    decisionDueAt: record.decisionDueAt,
    findings: JSON.parse(record.findings),
    specificsScore: record.specificsScore,
    route: { queue: record.queue, reasons: record.routeReasons }
  };
}
function hashOf(value) {
  const canonical = (v) => Array.isArray(v) ? v.map(canonical) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])])) : v;
  return (0, import_node_crypto.createHash)("sha256").update(JSON.stringify(canonical(value))).digest("hex");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  checkReferral,
  findReferralRecord,
  getSubmittedReferral,
  parseSubmission,
  receiptOf,
  submitReferral
});
