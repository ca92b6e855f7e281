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
var consentUnclear_exports = {};
__export(consentUnclear_exports, {
  consentUnclear: () => consentUnclear
});
module.exports = __toCommonJS(consentUnclear_exports);
var import_findings = require("../findings");
function consentUnclear(ctx) {
  const consent = ctx.referral.consent;
  const hasReason = typeof consent?.reasonIfNot === "string" && consent.reasonIfNot.trim() !== "";
  if (!consent || consent.parentsAware === void 0 && consent.consentGiven === void 0) {
    return [
      (0, import_findings.finding)(
        "CONSENT_UNCLEAR",
        "consent",
        "ask",
        "Does not say whether parents know about or agreed to the referral.",
        (0, import_findings.ask)(ctx, "Do {child}'s parents or carers know about this referral, and have they agreed to it? If not, why not?")
      )
    ];
  }
  if (consent.parentsAware === false || consent.consentGiven === false) {
    if (hasReason) return [];
    const notDone = consent.parentsAware === false ? "have not been told about this referral" : "have not agreed to this referral";
    return [
      (0, import_findings.finding)(
        "CONSENT_UNCLEAR",
        "consent",
        "ask",
        `Parents ${notDone}, and no reason is given.`,
        (0, import_findings.ask)(ctx, "You said {child}'s parents or carers {notDone}. Please tell us why - for example if telling them could put {child} at more risk.", { notDone })
      )
    ];
  }
  if (consent.consentGiven === void 0 && !hasReason) {
    return [
      (0, import_findings.finding)(
        "CONSENT_UNCLEAR",
        "consent",
        "ask",
        "Parents know about the referral, but it does not say whether they agreed.",
        (0, import_findings.ask)(ctx, "Have {child}'s parents or carers agreed to this referral? If not, why not?")
      )
    ];
  }
  return [];
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  consentUnclear
});
