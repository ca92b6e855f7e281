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
var queueService_exports = {};
__export(queueService_exports, {
  MAX_PAGE_SIZE: () => MAX_PAGE_SIZE,
  QUEUES: () => QUEUES,
  claimNext: () => claimNext,
  listOverdue: () => listOverdue,
  listQueue: () => listQueue,
  listQueues: () => listQueues,
  parseQueue: () => parseQueue,
  priorityOrder: () => priorityOrder
});
module.exports = __toCommonJS(queueService_exports);
var import_errors = require("../platform/errors");
var import_auditService = require("../audit/auditService");
var import_staffService = require("../staff/staffService");
var import_referralModel = require("../referrals/referralModel");
var import_claimService = require("./claimService");
var import_permissions = require("./permissions");
const QUEUES = ["immediate-risk", "child-protection", "early-help", "child-in-care"];
const MAX_PAGE_SIZE = 100;
async function openReferrals(queue) {
  const filter = queue ? { queue, status: "open" } : { status: "open" };
  const rows = await import_referralModel.ReferralModel.find(filter, { queue: 1, priority: 1, receivedAt: 1, decisionDueAt: 1, routeReasons: 1, specificsScore: 1, status: 1 }).lean();
  return rows.sort(priorityOrder);
}
function priorityOrder(a, b) {
  return b.priority - a.priority || a.decisionDueAt.getTime() - b.decisionDueAt.getTime() || a.receivedAt.getTime() - b.receivedAt.getTime() || a._id.localeCompare(b._id);
}
function itemOf(r, claim, staff, now) {
  const msLeft = r.decisionDueAt.getTime() - now.getTime();
  return {
    reference: r._id,
    queue: r.queue,
    priority: r.priority,
    receivedAt: r.receivedAt,
    decisionDueAt: r.decisionDueAt,
    minutesLeft: Math.trunc(msLeft / 6e4),
    overdue: msLeft < 0,
    routeReasons: r.routeReasons ?? [],
    specificsScore: r.specificsScore,
    ...(0, import_claimService.isLive)(claim, now) ? { claim: (0, import_claimService.claimView)(claim, staff) } : {}
  };
}
function parseQueue(queue) {
  if (!QUEUES.includes(queue)) throw new import_errors.NotFound(`There is no queue called ${queue}. Queues: ${QUEUES.join(", ")}.`);
  return queue;
}
async function listQueues(staff, now = /* @__PURE__ */ new Date()) {
  (0, import_permissions.assertMayTriage)(staff);
  const open = await openReferrals();
  const claims = await (0, import_claimService.latestClaims)();
  return QUEUES.map((queue) => {
    const inQueue = open.filter((r) => r.queue === queue);
    const oldest = inQueue.reduce((min, r) => !min || r.receivedAt < min ? r.receivedAt : min, void 0);
    return {
      queue,
      open: inQueue.length,
      overdue: inQueue.filter((r) => r.decisionDueAt.getTime() < now.getTime()).length,
      claimed: inQueue.filter((r) => (0, import_claimService.isLive)(claims.get(r._id), now)).length,
      ...oldest ? { oldestWaitingSince: oldest, oldestWaitingMinutes: Math.trunc((now.getTime() - oldest.getTime()) / 6e4) } : {}
    };
  });
}
async function listQueue(staff, queueName, page = 1, pageSize = 25, now = /* @__PURE__ */ new Date()) {
  (0, import_permissions.assertMayTriage)(staff);
  const queue = parseQueue(queueName);
  if (!Number.isInteger(page) || page < 1) throw new import_errors.BadRequest("page must be a whole number from 1.", [{ field: "page", message: "must be 1 or more" }]);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new import_errors.BadRequest(`pageSize must be between 1 and ${MAX_PAGE_SIZE}.`, [{ field: "pageSize", message: `must be 1-${MAX_PAGE_SIZE}` }]);
  }
  const open = await openReferrals(queue);
  const claims = await (0, import_claimService.latestClaims)();
  const slice = open.slice((page - 1) * pageSize, page * pageSize);
  return { queue, page, pageSize, total: open.length, items: slice.map((r) => itemOf(r, claims.get(r._id), staff, now)) };
}
async function claimNext(staff, queueName, ip) {
  (0, import_permissions.assertMayTriage)(staff);
  const queue = parseQueue(queueName);
  const now = /* @__PURE__ */ new Date();
  const open = await openReferrals(queue);
  const claims = await (0, import_claimService.latestClaims)();
  for (const referral of open) {
    const latest = claims.get(referral._id);
    if ((0, import_claimService.isLive)(latest, now)) continue;
    const claim = await (0, import_claimService.tryClaim)(staff, referral, latest, now);
    if (!claim) continue;
    await (0, import_auditService.recordAudit)({ actor: (0, import_staffService.actorOf)(staff), action: "claim", reference: referral._id, ip, detail: `claim ${claim.n} (next in ${queue})` });
    return itemOf(referral, claim, staff, now);
  }
  throw new import_errors.NotFound(`Nothing unclaimed is waiting in the ${queue} queue.`);
}
async function listOverdue(staff, now = /* @__PURE__ */ new Date()) {
  (0, import_permissions.assertManager)(staff);
  const open = (await openReferrals()).filter((r) => r.decisionDueAt.getTime() < now.getTime());
  const claims = await (0, import_claimService.latestClaims)();
  return open.sort((a, b) => a.decisionDueAt.getTime() - b.decisionDueAt.getTime()).map((r) => itemOf(r, claims.get(r._id), staff, now));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  MAX_PAGE_SIZE,
  QUEUES,
  claimNext,
  listOverdue,
  listQueue,
  listQueues,
  parseQueue,
  priorityOrder
});
