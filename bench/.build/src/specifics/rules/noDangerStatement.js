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
var noDangerStatement_exports = {};
__export(noDangerStatement_exports, {
  noDangerStatement: () => noDangerStatement
});
module.exports = __toCommonJS(noDangerStatement_exports);
var import_findings = require("../findings");
function noDangerStatement(ctx) {
  if (ctx.statements.some((statement) => statement.field === "futureDanger")) return [];
  return [
    (0, import_findings.finding)(
      "NO_DANGER_STATEMENT",
      "worried.futureDanger",
      "ask",
      `No ${ctx.terms.dangerStatement}: nothing says what is feared if nothing changes.`,
      (0, import_findings.ask)(ctx, "What are you worried will happen to {child} if nothing changes? Please say who you are worried about, what they might do, and how it would affect {child}.")
    )
  ];
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  noDangerStatement
});
