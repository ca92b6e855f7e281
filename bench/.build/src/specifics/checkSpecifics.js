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
var checkSpecifics_exports = {};
__export(checkSpecifics_exports, {
  checkSpecifics: () => checkSpecifics
});
module.exports = __toCommonJS(checkSpecifics_exports);
var import_context = require("./context");
var import_rules = require("./rules");
var import_specificsScore = require("./specificsScore");
function checkSpecifics(referral) {
  const ctx = (0, import_context.buildContext)(referral);
  const findings = [];
  for (const rule of import_rules.RULES) {
    for (const found of rule(ctx)) findings.push(found);
  }
  return { findings, specificsScore: (0, import_specificsScore.specificsScoreOf)(findings) };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  checkSpecifics
});
