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
var triageViewService_exports = {};
__export(triageViewService_exports, {
  earlierReferrals: () => earlierReferrals,
  getTriageView: () => getTriageView,
  recordChildSightings: () => recordChildSightings,
  referralAuditTrail: () => referralAuditTrail,
  registerFollowUpView: () => registerFollowUpView
});
module.exports = __toCommonJS(triageViewService_exports);
var import_database = require("../platform/db/database");
var import_errors = require("../platform/errors");
var import_auditService = require("../audit/auditService");
var import_staffService = require("../staff/staffService");
var import_referralModel = require("../referrals/referralModel");
var import_triageModels = require("./triageModels");
var import_claimService = require("./claimService");
var import_decisionService = require("./decisionService");
var import_permissions = require("./permissions");
let followUpProvider = async () => null;
function registerFollowUpView(provider) {
  followUpProvider = provider;
}
const YEAR_MS = 365 * 24 * 36e5;
async function sightingsOf(key) {
  const found = [];
  for (let n = 1; n < 1e4; n++) {
    const doc = await import_triageModels.ChildSightingModel.findById(`${key}#${n}`).lean();
    if (!doc) break;
    found.push(doc);
  }
  return found;
}
async function recordChildSightings(referral) {
  for (const key of referral.childKeys ?? []) {
    for (let tries = 0; tries < 50; tries++) {
      const known = await sightingsOf(key);
      if (known.some((s) => s.reference === referral._id)) break;
      const n = known.length + 1;
      try {
        await import_triageModels.ChildSightingModel.collection.insertOne({ _id: `${key}#${n}`, key, n, reference: referral._id, receivedAt: referral.receivedAt });
        break;
      } catch (err) {
        if (!(0, import_database.isDuplicateKey)(err)) throw err;
      }
    }
  }
}
async function earlierReferrals(referral, now = /* @__PURE__ */ new Date()) {
  const keys = referral.childKeys ?? [];
  if (!keys.length) return { countLast12Months: 0, referrals: [] };
  const found = /* @__PURE__ */ new Map();
  const active = await import_referralModel.ReferralModel.find({ childKeys: { $in: keys } }, { queue: 1, receivedAt: 1, status: 1, triage: 1 }).lean();
  for (const r of active) if (r._id !== referral._id) found.set(r._id, earlierOf(r));
  const archivedRefs = /* @__PURE__ */ new Set();
  for (const key of keys) for (const s of await sightingsOf(key)) if (s.reference !== referral._id && !found.has(s.reference)) archivedRefs.add(s.reference);
  for (const ref of archivedRefs) {
    const r = await import_referralModel.ArchivedReferralModel.findById(ref, { queue: 1, receivedAt: 1, status: 1, triage: 1 }).lean();
    if (r) found.set(r._id, earlierOf(r));
  }
  const referrals = [...found.values()].sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime());
  return { countLast12Months: referrals.filter((r) => now.getTime() - r.receivedAt.getTime() <= YEAR_MS).length, referrals };
}
function earlierOf(r) {
  const outcome = r.triage?.outcome;
  return { reference: r._id, receivedAt: r.receivedAt, queue: r.queue, status: r.status, ...outcome ? { outcome } : {} };
}
async function getTriageView(staff, reference, ip, now = /* @__PURE__ */ new Date()) {
  (0, import_permissions.assertMayReadReferrals)(staff, reference);
  const referral = await import_referralModel.ReferralModel.findById(reference).lean() ?? await import_referralModel.ArchivedReferralModel.findById(reference).lean();
  if (!referral) throw new import_errors.NotFound(`No referral ${reference}.`);
  await (0, import_auditService.recordAudit)({ actor: (0, import_staffService.actorOf)(staff), action: "read", reference, ip });
  const submission = JSON.parse(referral.submission);
  const [claim, decisions, reopens, moves, earlier, followUp] = await Promise.all([
    (0, import_claimService.latestClaim)(reference),
    (0, import_decisionService.decisionsOf)(reference),
    (0, import_decisionService.reopensOf)(reference),
    (0, import_decisionService.movesOf)(reference),
    earlierReferrals(referral, now),
    followUpProvider(reference)
  ]);
  const current = referral.status === "decided" ? decisions.at(-1) : void 0;
  const msLeft = referral.decisionDueAt.getTime() - now.getTime();
  const history = [
    { at: referral.receivedAt, event: "received", detail: `routed to ${moves[0]?.from ?? referral.queue}` },
    ...decisions.map((d) => ({ at: d.decidedAt, event: "decided", by: d.decidedBy.email, detail: d.outcome })),
    ...reopens.map((r) => ({ at: r.at, event: "reopened", by: r.by.email, detail: r.reason })),
    ...moves.map((m) => ({ at: m.at, event: "moved", by: m.by.email, detail: `${m.from} -> ${m.to}: ${m.reason}` }))
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return {
    reference,
    status: referral.status,
    queue: referral.queue,
    priority: referral.priority,
    routeReasons: referral.routeReasons ?? [],
    receivedAt: referral.receivedAt,
    decisionDueAt: referral.decisionDueAt,
    minutesLeft: Math.trunc(msLeft / 6e4),
    overdue: referral.status === "open" && msLeft < 0,
    immediateRisk: !!submission.immediateRisk,
    ...submission.assessmentType ? { assessmentType: submission.assessmentType } : {},
    referrer: submission.referrer,
    children: submission.children,
    household: submission.household ?? [],
    ...submission.consent ? { consent: submission.consent } : {},
    worried: submission.worried ?? {},
    workingWell: submission.workingWell ?? {},
    needsToHappen: submission.needsToHappen ?? {},
    childVoice: submission.childVoice ?? [],
    specificsScore: referral.specificsScore,
    findings: JSON.parse(referral.findings),
    followUp,
    scaling: {
      ...submission.scaling ? { referrer: submission.scaling } : {},
      ...decisions.length ? { worker: decisions.at(-1).workerScaling } : {}
    },
    earlierReferrals: earlier,
    ...(0, import_claimService.isLive)(claim, now) && referral.status === "open" ? { claim: (0, import_claimService.claimView)(claim, staff) } : {},
    ...current ? { decision: (0, import_decisionService.decisionView)(current) } : {},
    decisions: decisions.map(import_decisionService.decisionView),
    reopens: reopens.map(import_decisionService.reopenView),
    moves: moves.map(import_decisionService.moveView),
    history
  };
}
async function referralAuditTrail(staff, reference) {
  (0, import_permissions.assertMayReadReferrals)(staff, reference);
  try {
    (0, import_permissions.assertManager)(staff);
  } catch {
    throw new import_errors.NotFound(`No referral ${reference}.`);
  }
  const exists = await import_referralModel.ReferralModel.exists({ _id: reference }) ?? await import_referralModel.ArchivedReferralModel.exists({ _id: reference });
  if (!exists) throw new import_errors.NotFound(`No referral ${reference}.`);
  return (0, import_auditService.auditTrail)(reference);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  earlierReferrals,
  getTriageView,
  recordChildSightings,
  referralAuditTrail,
  registerFollowUpView
});
