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
var __decorateClass = (decorators, target, key, kind) => {
  var result = kind > 1 ? void 0 : kind ? __getOwnPropDesc(target, key) : target;
  for (var i = decorators.length - 1, decorator; i >= 0; i--)
    if (decorator = decorators[i])
      result = (kind ? decorator(target, key, result) : decorator(result)) || result;
  if (kind && result) __defProp(target, key, result);
  return result;
};
var __decorateParam = (index, decorator) => (target, key) => decorator(target, key, index);
var triageController_exports = {};
__export(triageController_exports, {
  TriageController: () => TriageController
});
module.exports = __toCommonJS(triageController_exports);
var import_tsoa = require("tsoa");
var import_claimService = require("./claimService");
var import_queueService = require("./queueService");
var import_decisionService = require("./decisionService");
var import_triageViewService = require("./triageViewService");
const staffOf = (req) => req.user;
let TriageController = class extends import_tsoa.Controller {
  async listQueues(req) {
    return (0, import_queueService.listQueues)(staffOf(req));
  }
  async listQueue(queue, req, page, pageSize) {
    return (0, import_queueService.listQueue)(staffOf(req), queue, page ?? 1, pageSize ?? 25);
  }
  async claimNext(queue, req) {
    return (0, import_queueService.claimNext)(staffOf(req), queue, req.ip);
  }
  async claimReferral(reference, req) {
    return (0, import_claimService.claimReferral)(staffOf(req), reference, req.ip);
  }
  async releaseClaim(reference, req) {
    await (0, import_claimService.releaseClaim)(staffOf(req), reference, req.ip);
    this.setStatus(204);
  }
  async renewClaim(reference, req) {
    return (0, import_claimService.renewClaim)(staffOf(req), reference, req.ip);
  }
  async getTriageView(reference, req) {
    return (0, import_triageViewService.getTriageView)(staffOf(req), reference, req.ip);
  }
  async decide(reference, body, req) {
    const decision = await (0, import_decisionService.decide)(staffOf(req), reference, body, req.ip);
    this.setStatus(201);
    return decision;
  }
  async reopen(reference, body, req) {
    const result = await (0, import_decisionService.reopen)(staffOf(req), reference, body.reason, req.ip);
    this.setStatus(201);
    return result;
  }
  async move(reference, body, req) {
    const result = await (0, import_decisionService.moveQueue)(staffOf(req), reference, body, req.ip);
    this.setStatus(201);
    return result;
  }
  async listOverdue(req) {
    return (0, import_queueService.listOverdue)(staffOf(req));
  }
  async auditTrail(reference, req) {
    return (0, import_triageViewService.referralAuditTrail)(staffOf(req), reference);
  }
};
__decorateClass([
  (0, import_tsoa.Get)("queues"),
  (0, import_tsoa.Security)("staff", ["worker", "manager"]),
  (0, import_tsoa.Response)(403, "Your role does not triage"),
  __decorateParam(0, (0, import_tsoa.Request)())
], TriageController.prototype, "listQueues", 1);
__decorateClass([
  (0, import_tsoa.Get)("queues/{queue}/referrals"),
  (0, import_tsoa.Security)("staff", ["worker", "manager"]),
  (0, import_tsoa.Response)(404, "No such queue"),
  __decorateParam(0, (0, import_tsoa.Path)()),
  __decorateParam(1, (0, import_tsoa.Request)()),
  __decorateParam(2, (0, import_tsoa.Query)()),
  __decorateParam(3, (0, import_tsoa.Query)())
], TriageController.prototype, "listQueue", 1);
__decorateClass([
  (0, import_tsoa.Post)("queues/{queue}/claim"),
  (0, import_tsoa.Security)("staff", ["worker", "manager"]),
  (0, import_tsoa.Response)(404, "No such queue, or nothing unclaimed is waiting in it"),
  __decorateParam(0, (0, import_tsoa.Path)()),
  __decorateParam(1, (0, import_tsoa.Request)())
], TriageController.prototype, "claimNext", 1);
__decorateClass([
  (0, import_tsoa.Post)("referrals/{reference}/claim"),
  (0, import_tsoa.Security)("staff", ["worker", "manager"]),
  (0, import_tsoa.Response)(404, "No open referral with this reference"),
  (0, import_tsoa.Response)(409, "Someone else holds it, or it has been decided"),
  __decorateParam(0, (0, import_tsoa.Path)()),
  __decorateParam(1, (0, import_tsoa.Request)())
], TriageController.prototype, "claimReferral", 1);
__decorateClass([
  (0, import_tsoa.Post)("referrals/{reference}/release"),
  (0, import_tsoa.Security)("staff", ["worker", "manager"]),
  (0, import_tsoa.SuccessResponse)(204, "Released"),
  (0, import_tsoa.Response)(409, "You do not hold it (or your claim ran out)"),
  __decorateParam(0, (0, import_tsoa.Path)()),
  __decorateParam(1, (0, import_tsoa.Request)())
], TriageController.prototype, "releaseClaim", 1);
__decorateClass([
  (0, import_tsoa.Post)("referrals/{reference}/renew"),
  (0, import_tsoa.Security)("staff", ["worker", "manager"]),
  (0, import_tsoa.Response)(409, "You do not hold it (or your claim ran out): claim it again"),
  __decorateParam(0, (0, import_tsoa.Path)()),
  __decorateParam(1, (0, import_tsoa.Request)())
], TriageController.prototype, "renewClaim", 1);
__decorateClass([
  (0, import_tsoa.Get)("referrals/{reference}/triage"),
  (0, import_tsoa.Security)("staff"),
  (0, import_tsoa.Response)(404, "No referral with this reference that you may read"),
  __decorateParam(0, (0, import_tsoa.Path)()),
  __decorateParam(1, (0, import_tsoa.Request)())
], TriageController.prototype, "getTriageView", 1);
__decorateClass([
  (0, import_tsoa.Post)("referrals/{reference}/decision"),
  (0, import_tsoa.Security)("staff"),
  (0, import_tsoa.SuccessResponse)(201, "Decided"),
  (0, import_tsoa.Response)(400, "The decision has problems; each bad field is named"),
  (0, import_tsoa.Response)(404, "No referral with this reference that you may read"),
  (0, import_tsoa.Response)(409, "Already decided, or you do not hold a live claim"),
  __decorateParam(0, (0, import_tsoa.Path)()),
  __decorateParam(1, (0, import_tsoa.Body)()),
  __decorateParam(2, (0, import_tsoa.Request)())
], TriageController.prototype, "decide", 1);
__decorateClass([
  (0, import_tsoa.Post)("referrals/{reference}/reopen"),
  (0, import_tsoa.Security)("staff"),
  (0, import_tsoa.SuccessResponse)(201, "Reopened"),
  (0, import_tsoa.Response)(403, "Only a manager can reopen"),
  (0, import_tsoa.Response)(409, "Not decided, or just reopened by someone else"),
  __decorateParam(0, (0, import_tsoa.Path)()),
  __decorateParam(1, (0, import_tsoa.Body)()),
  __decorateParam(2, (0, import_tsoa.Request)())
], TriageController.prototype, "reopen", 1);
__decorateClass([
  (0, import_tsoa.Post)("referrals/{reference}/move"),
  (0, import_tsoa.Security)("staff"),
  (0, import_tsoa.SuccessResponse)(201, "Moved"),
  (0, import_tsoa.Response)(409, "Decided, or you do not hold a live claim"),
  __decorateParam(0, (0, import_tsoa.Path)()),
  __decorateParam(1, (0, import_tsoa.Body)()),
  __decorateParam(2, (0, import_tsoa.Request)())
], TriageController.prototype, "move", 1);
__decorateClass([
  (0, import_tsoa.Get)("overdue"),
  (0, import_tsoa.Security)("staff", ["manager"]),
  (0, import_tsoa.Response)(403, "Only a manager sees the overdue list"),
  __decorateParam(0, (0, import_tsoa.Request)())
], TriageController.prototype, "listOverdue", 1);
__decorateClass([
  (0, import_tsoa.Get)("referrals/{reference}/audit"),
  (0, import_tsoa.Security)("staff"),
  (0, import_tsoa.Response)(404, "No referral with this reference that you may read"),
  __decorateParam(0, (0, import_tsoa.Path)()),
  __decorateParam(1, (0, import_tsoa.Request)())
], TriageController.prototype, "auditTrail", 1);
TriageController = __decorateClass([
  (0, import_tsoa.Route)("api/v1"),
  (0, import_tsoa.Tags)("First Contact triage"),
  (0, import_tsoa.Response)(401, "Not signed in as staff")
], TriageController);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  TriageController
});
