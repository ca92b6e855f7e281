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
var noFrequency_exports = {};
__export(noFrequency_exports, {
  noFrequency: () => noFrequency
});
module.exports = __toCommonJS(noFrequency_exports);
var import_evidence = require("../evidence");
var import_findings = require("../findings");
var import_timeReference = require("../timeReference");
function noFrequency(ctx) {
  if (ctx.pastHarm.length === 0) return [];
  if (ctx.pastHarm.some((statement) => (0, import_evidence.hasFrequency)(statement.ownWords))) return [];
  const dates = new Set(ctx.pastHarm.flatMap((statement) => (0, import_evidence.specificDates)(statement.text)));
  if (dates.size >= 2) return [];
  if (ctx.pastHarm.filter((statement) => (0, import_timeReference.hasTimeReference)(statement.text)).length >= 2) return [];
  return [
    (0, import_findings.finding)(
      "NO_FREQUENCY",
      "worried.pastHarm",
      "ask",
      "Past harm does not say how often or how many times.",
      (0, import_findings.ask)(ctx, "How many times has this happened to {child}, and over what period? For example 'twice since September', 'every weekend' or 'this was the first time'.")
    )
  ];
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  noFrequency
});
