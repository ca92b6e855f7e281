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
var decisionService_exports = {};
__export(decisionService_exports, {
  currentRound: () => currentRound,
  decide: () => decide,
  decisionInputSchema: () => decisionInputSchema,
  decisionView: () => decisionView,
  decisionsOf: () => decisionsOf,
  moveQueue: () => moveQueue,
  moveView: () => moveView,
  movesOf: () => movesOf,
  reopen: () => reopen,
  reopenView: () => reopenView,
  reopensOf: () => reopensOf
});
module.exports = __toCommonJS(decisionService_exports);
var import_zod = require("zod");
var import_config = require("../platform/config");
var import_database = require("../platform/db/database");
var import_errors = require("../platform/errors");
var import_auditService = require("../audit/auditService");
var import_staffService = require("../staff/staffService");
var import_referralModel = require("../referrals/referralModel");
var import_triageModels = require("./triageModels");
var import_claimService = require("./claimService");
var import_permissions = require("./permissions");
var import_queueService = require("./queueService");
const text = (max) => import_zod.z.string().trim().min(1, "must not be empty").max(max);
const decisionInputSchema = import_zod.z.object({
  outcome: import_zod.z.enum(["no-further-action", "advice-and-signposting", "early-help", "child-and-family-assessment", "strategy-discussion", "already-open-to-social-care"]),
  rationale: text(8e3),
  workerScaling: import_zod.z.object({ score: import_zod.z.number().int().min(0).max(10), rationale: text(4e3) })
});
const reasonSchema = text(2e3);
async function numbered(find, reference) {
  const found = [];
  for (let n = 1; n < 1e3; n++) {
    const doc = await find(`${reference}:${n}`);
    if (!doc) break;
    found.push(doc);
  }
  return found;
}
const reopensOf = (reference) => numbered((id) => import_triageModels.ReopenModel.findById(id).lean(), reference);
const movesOf = (reference) => numbered((id) => import_triageModels.QueueMoveModel.findById(id).lean(), reference);
const decisionsOf = (reference) => numbered((id) => import_triageModels.DecisionModel.findById(id).lean(), reference);
async function currentRound(reference) {
  return (await reopensOf(reference)).length + 1;
}
function decisionView(d) {
  return {
    reference: d.reference,
    round: d.k,
    outcome: d.outcome,
    rationale: d.rationale,
    workerScaling: { score: d.workerScaling.score, rationale: d.workerScaling.rationale },
    decidedBy: d.decidedBy,
    decidedAt: d.decidedAt,
    outcomeEmailMessageId: d.outcomeEmail.messageId
  };
}
const reopenView = (r) => ({ round: r.k, reason: r.reason, by: r.by, at: r.at });
const moveView = (m) => ({ from: m.from, to: m.to, reason: m.reason, by: m.by, at: m.at });
const by = (staff) => ({ staffId: staff.staffId, email: staff.email, role: staff.role });
async function activeReferral(reference) {
  const referral = await import_referralModel.ReferralModel.findById(reference, { submission: 0, findings: 0 }).lean();
  if (referral) return referral;
  if (await import_referralModel.ArchivedReferralModel.exists({ _id: reference })) throw new import_errors.Conflict(`Referral ${reference} was decided and has been archived.`);
  throw new import_errors.NotFound(`No referral ${reference}.`);
}
function parse(schema, value, field) {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new import_errors.BadRequest(
    "Some fields are missing or not in the expected form.",
    result.error.issues.map((i) => ({ field: [field, ...i.path].filter((p) => p !== void 0).join(".") || "body", message: i.message }))
  );
}
async function decide(staff, reference, input, ip) {
  (0, import_permissions.assertMayReadReferrals)(staff, reference);
  const parsed = parse(decisionInputSchema, input);
  const referral = await activeReferral(reference);
  const k = await currentRound(reference);
  if (referral.status !== "open" || await import_triageModels.DecisionModel.exists({ _id: `${reference}:${k}` })) {
    throw new import_errors.Conflict(`Referral ${reference} has already been decided. A manager can reopen it.`);
  }
  const now = /* @__PURE__ */ new Date();
  const claim = await (0, import_claimService.assertHolds)(staff, reference, now);
  const decision = {
    _id: `${reference}:${k}`,
    reference,
    k,
    outcome: parsed.outcome,
    rationale: parsed.rationale,
    workerScaling: { score: parsed.workerScaling.score, rationale: parsed.workerScaling.rationale },
    decidedBy: by(staff),
    decidedAt: now,
    queue: referral.queue,
    outcomeEmail: { messageId: `<${reference}.outcome.${k}@safer-referral-intake>`, dueAt: now }
  };
  try {
    await import_triageModels.DecisionModel.collection.insertOne(decision);
  } catch (err) {
    if ((0, import_database.isDuplicateKey)(err)) throw new import_errors.Conflict(`Referral ${reference} has just been decided by someone else.`);
    throw err;
  }
  await import_referralModel.ReferralModel.updateOne(
    { _id: reference },
    {
      $set: {
        status: "decided",
        "triage.round": k,
        "triage.outcome": decision.outcome,
        "triage.decidedAt": now,
        "triage.decidedBy": staff.email,
        "triage.workerScore": decision.workerScaling.score,
        "triage.outcomeEmail": decision.outcomeEmail
      }
    }
  );
  await (0, import_claimService.endOwnClaim)(claim);
  await (0, import_auditService.recordAudit)({ actor: (0, import_staffService.actorOf)(staff), action: "decide", reference, ip, detail: `${decision.outcome} (round ${k})` });
  return decisionView(decision);
}
async function reopen(staff, reference, reason, ip) {
  (0, import_permissions.assertMayReadReferrals)(staff, reference);
  (0, import_permissions.assertManager)(staff);
  const why = parse(reasonSchema, reason, "reason");
  let referral = await import_referralModel.ReferralModel.findById(reference, { submission: 0, findings: 0 }).lean();
  if (!referral) {
    const archived = await import_referralModel.ArchivedReferralModel.findById(reference).lean();
    if (!archived) throw new import_errors.NotFound(`No referral ${reference}.`);
    try {
      await import_referralModel.ReferralModel.collection.insertOne(archived);
    } catch (err) {
      if (!(0, import_database.isDuplicateKey)(err)) throw err;
    }
    await import_referralModel.ArchivedReferralModel.deleteOne({ _id: reference });
    referral = archived;
  }
  const k = await currentRound(reference);
  if (!await import_triageModels.DecisionModel.exists({ _id: `${reference}:${k}` })) throw new import_errors.Conflict(`Referral ${reference} is still open: there is no decision to reopen.`);
  const now = /* @__PURE__ */ new Date();
  const record = { _id: `${reference}:${k}`, reference, k, reason: why, by: by(staff), at: now };
  try {
    await import_triageModels.ReopenModel.collection.insertOne(record);
  } catch (err) {
    if ((0, import_database.isDuplicateKey)(err)) throw new import_errors.Conflict(`Referral ${reference} has just been reopened by someone else.`);
    throw err;
  }
  const cfg = (0, import_config.config)();
  const { decisionDeadline } = await import("./deadlines");
  const decisionDueAt = decisionDeadline(now, referral.queue, { immediateRiskHours: cfg.IMMEDIATE_RISK_HOURS, extraHolidays: cfg.BANK_HOLIDAYS_EXTRA });
  await import_referralModel.ReferralModel.updateOne(
    { _id: reference },
    { $set: { status: "open", decisionDueAt, "triage.round": k + 1, "triage.reopenedAt": now }, $unset: { "triage.outcome": "", "triage.decidedAt": "" } }
  );
  await (0, import_auditService.recordAudit)({ actor: (0, import_staffService.actorOf)(staff), action: "reopen", reference, ip, detail: why });
  return reopenView(record);
}
async function moveQueue(staff, reference, input, ip) {
  (0, import_permissions.assertMayReadReferrals)(staff, reference);
  (0, import_permissions.assertMayTriage)(staff);
  const why = parse(reasonSchema, input?.reason, "reason");
  if (!import_queueService.QUEUES.includes(input?.queue)) {
    throw new import_errors.BadRequest("Choose a queue.", [{ field: "queue", message: `must be one of ${import_queueService.QUEUES.join(", ")}` }]);
  }
  const referral = await activeReferral(reference);
  if (referral.status !== "open") throw new import_errors.Conflict(`Referral ${reference} has already been decided.`);
  if (referral.queue === input.queue) throw new import_errors.BadRequest(`Referral ${reference} is already in ${input.queue}.`, [{ field: "queue", message: "same as now" }]);
  const now = /* @__PURE__ */ new Date();
  const claim = await (0, import_claimService.assertHolds)(staff, reference, now);
  let record;
  for (let m = (await movesOf(reference)).length + 1; !record && m < 1e3; m++) {
    const candidate = { _id: `${reference}:${m}`, reference, m, from: referral.queue, to: input.queue, reason: why, by: by(staff), at: now };
    try {
      await import_triageModels.QueueMoveModel.collection.insertOne(candidate);
      record = candidate;
    } catch (err) {
      if (!(0, import_database.isDuplicateKey)(err)) throw err;
    }
  }
  if (!record) throw new import_errors.Conflict("Could not record the move; try again.");
  const cfg = (0, import_config.config)();
  const { decisionDeadline } = await import("./deadlines");
  const recomputed = decisionDeadline(referral.receivedAt, input.queue, { immediateRiskHours: cfg.IMMEDIATE_RISK_HOURS, extraHolidays: cfg.BANK_HOLIDAYS_EXTRA });
  const decisionDueAt = recomputed < referral.decisionDueAt ? recomputed : referral.decisionDueAt;
  await import_referralModel.ReferralModel.updateOne({ _id: reference }, { $set: { queue: input.queue, decisionDueAt } });
  await (0, import_claimService.endOwnClaim)(claim);
  await (0, import_auditService.recordAudit)({ actor: (0, import_staffService.actorOf)(staff), action: "reassign", reference, ip, detail: `${referral.queue} -> ${input.queue}: ${why}` });
  return moveView(record);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  currentRound,
  decide,
  decisionInputSchema,
  decisionView,
  decisionsOf,
  moveQueue,
  moveView,
  movesOf,
  reopen,
  reopenView,
  reopensOf
});
