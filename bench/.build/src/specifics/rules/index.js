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
var rules_exports = {};
__export(rules_exports, {
  RULES: () => RULES
});
module.exports = __toCommonJS(rules_exports);
var import_childDetailsMissing = require("./childDetailsMissing");
var import_columnEmpty = require("./columnEmpty");
var import_consentUnclear = require("./consentUnclear");
var import_hearsay = require("./hearsay");
var import_jargon = require("./jargon");
var import_nextStepNoOwner = require("./nextStepNoOwner");
var import_noChildVoice = require("./noChildVoice");
var import_noDangerStatement = require("./noDangerStatement");
var import_noExistingSafety = require("./noExistingSafety");
var import_noFrequency = require("./noFrequency");
var import_noSource = require("./noSource");
var import_noWhen = require("./noWhen");
var import_noWorstIncident = require("./noWorstIncident");
var import_scalingMissing = require("./scalingMissing");
var import_vagueFrequency = require("./vagueFrequency");
var import_vagueStatement = require("./vagueStatement");
const RULES = [
  import_columnEmpty.columnEmpty,
  import_vagueStatement.vagueStatement,
  import_jargon.jargon,
  import_hearsay.hearsay,
  import_vagueFrequency.vagueFrequency,
  import_noWhen.noWhen,
  import_noSource.noSource,
  import_noFrequency.noFrequency,
  import_noWorstIncident.noWorstIncident,
  import_noDangerStatement.noDangerStatement,
  import_noExistingSafety.noExistingSafety,
  import_noChildVoice.noChildVoice,
  import_nextStepNoOwner.nextStepNoOwner,
  import_scalingMissing.scalingMissing,
  import_consentUnclear.consentUnclear,
  import_childDetailsMissing.childDetailsMissing
];
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  RULES
});
