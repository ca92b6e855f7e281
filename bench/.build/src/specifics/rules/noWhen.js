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
var noWhen_exports = {};
__export(noWhen_exports, {
  noWhen: () => noWhen
});
module.exports = __toCommonJS(noWhen_exports);
var import_findings = require("../findings");
var import_text = require("../text");
var import_timeReference = require("../timeReference");
function noWhen(ctx) {
  return ctx.pastHarm.filter((statement) => !(0, import_timeReference.hasTimeReference)(statement.text)).map(
    (statement) => (0, import_findings.finding)(
      "NO_WHEN",
      statement.path,
      "ask",
      "Does not say when this happened.",
      (0, import_findings.ask)(ctx, "You wrote '{quote}'. When did this happen? A date, a day or a time of day is enough - for example 'Monday 3 November, about 8:45am' or 'since September'.", {
        quote: (0, import_text.excerpt)(statement.text)
      })
    )
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  noWhen
});
