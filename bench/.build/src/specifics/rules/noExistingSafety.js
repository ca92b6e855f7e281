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
var noExistingSafety_exports = {};
__export(noExistingSafety_exports, {
  noExistingSafety: () => noExistingSafety
});
module.exports = __toCommonJS(noExistingSafety_exports);
var import_findings = require("../findings");
function noExistingSafety(ctx) {
  if (ctx.pastHarm.length === 0 || ctx.statements.some((statement) => statement.field === "existingSafety")) return [];
  return [
    (0, import_findings.finding)(
      "NO_EXISTING_SAFETY",
      "workingWell.existingSafety",
      "ask",
      `Past harm described, but no ${ctx.terms.existingSafety}: no time the child was kept safe while the worry was there.`,
      (0, import_findings.ask)(ctx, "While this has been going on, has there been any time when someone made sure {child} was safe or well looked after? Who did what, and when?")
    )
  ];
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  noExistingSafety
});
