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
var noWorstIncident_exports = {};
__export(noWorstIncident_exports, {
  noWorstIncident: () => noWorstIncident
});
module.exports = __toCommonJS(noWorstIncident_exports);
var import_evidence = require("../evidence");
var import_findings = require("../findings");
function noWorstIncident(ctx) {
  if (ctx.pastHarm.length < 2 || ctx.pastHarm.some((statement) => (0, import_evidence.namesWorstIncident)(statement.text))) return [];
  return [
    (0, import_findings.finding)(
      "NO_WORST_INCIDENT",
      "worried.pastHarm",
      "ask",
      "Several incidents, but none is named as the worst.",
      (0, import_findings.ask)(ctx, "Of the things you describe, which was the worst or most worrying time for {child}, and what happened then?")
    )
  ];
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  noWorstIncident
});
