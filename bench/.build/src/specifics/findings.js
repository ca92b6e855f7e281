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
var findings_exports = {};
__export(findings_exports, {
  ask: () => ask,
  finding: () => finding,
  severityFor: () => severityFor
});
module.exports = __toCommonJS(findings_exports);
var import_text = require("./text");
function finding(code, path, severity, message, question, term) {
  return term === void 0 ? { code, path, severity, message, question } : { code, path, severity, message, question, term };
}
function ask(ctx, template, values = {}) {
  const text = (0, import_text.fill)(template, { child: ctx.childName, ...values });
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function severityFor(column) {
  return column === "worried" ? "ask" : "note";
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ask,
  finding,
  severityFor
});
