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
var referralController_exports = {};
__export(referralController_exports, {
  ReferralController: () => ReferralController
});
module.exports = __toCommonJS(referralController_exports);
var import_tsoa = require("tsoa");
var import_errors = require("../platform/errors");
var import_originalBody = require("../platform/originalBody");
var import_referralLimits = require("./referralLimits");
var import_referralService = require("./referralService");
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{1,100}$/;
let ReferralController = class extends import_tsoa.Controller {
  async submitReferral(body, req, idempotencyKey) {
    if (idempotencyKey !== void 0 && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new import_errors.BadRequest("The Idempotency-Key header is not in the expected form.", [
        { field: "Idempotency-Key", message: `must be 1-${import_referralLimits.LIMITS.idempotencyKey} letters, digits or . _ : -` }
      ]);
    }
    void body;
    const partner = req.user;
    const receipt = await (0, import_referralService.submitReferral)((0, import_referralService.parseSubmission)((0, import_originalBody.originalBody)(req)), { owner: partner.keyId, channel: "api", idempotencyKey });
    this.setStatus(201);
    this.setHeader("Location", `/api/v1/referrals/${receipt.reference}`);
    return receipt;
  }
  async checkReferral(body, req) {
    void body;
    return (0, import_referralService.checkReferral)((0, import_referralService.parseSubmission)((0, import_originalBody.originalBody)(req)));
  }
  async getReferral(reference, req) {
    return (0, import_referralService.getSubmittedReferral)(reference, req.user.keyId);
  }
};
__decorateClass([
  (0, import_tsoa.Post)(),
  (0, import_tsoa.Security)("partnerKey", ["referrals:write"]),
  (0, import_tsoa.SuccessResponse)(201, "Stored. `Location` names the referral."),
  (0, import_tsoa.Response)(400, "The body has problems; each bad field is named"),
  (0, import_tsoa.Response)(401, "No API key, or a revoked or unknown one"),
  (0, import_tsoa.Response)(403, "The API key lacks the referrals:write scope"),
  (0, import_tsoa.Response)(413, `The body is larger than the limit (256 KB by default)`),
  (0, import_tsoa.Response)(415, "The body is not application/json"),
  (0, import_tsoa.Response)(422, "The Idempotency-Key was already used for a different body"),
  (0, import_tsoa.Response)(429, "Too many requests; see Retry-After"),
  (0, import_tsoa.Response)(503, "The database is unreachable; retry after Retry-After seconds"),
  __decorateParam(0, (0, import_tsoa.Body)()),
  __decorateParam(1, (0, import_tsoa.Request)()),
  __decorateParam(2, (0, import_tsoa.Header)("Idempotency-Key"))
], ReferralController.prototype, "submitReferral", 1);
__decorateClass([
  (0, import_tsoa.Post)("check"),
  (0, import_tsoa.Response)(400, "The body has problems; each bad field is named"),
  (0, import_tsoa.Example)({
    findings: [
      {
        code: "JARGON",
        path: "worried.pastHarm[0]",
        severity: "ask",
        term: "neglect",
        message: "Uses the label 'neglect' instead of describing what happened.",
        question: "You wrote 'neglect'. What exactly did you see or hear that worried you - for example what Maya was wearing, eating or saying, and when?"
      }
    ],
    specificsScore: 82,
    route: { queue: "child-protection", reasons: ["Describes harm to the child: hitting"] }
  }),
  __decorateParam(0, (0, import_tsoa.Body)()),
  __decorateParam(1, (0, import_tsoa.Request)())
], ReferralController.prototype, "checkReferral", 1);
__decorateClass([
  (0, import_tsoa.Get)("{reference}"),
  (0, import_tsoa.Security)("partnerKey", ["referrals:read"]),
  (0, import_tsoa.Response)(404, "No referral with this reference was submitted with your key"),
  __decorateParam(0, (0, import_tsoa.Path)()),
  __decorateParam(1, (0, import_tsoa.Request)())
], ReferralController.prototype, "getReferral", 1);
ReferralController = __decorateClass([
  (0, import_tsoa.Route)("api/v1/referrals"),
  (0, import_tsoa.Tags)("Referrals")
], ReferralController);
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ReferralController
});
