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
var noSource_exports = {};
__export(noSource_exports, {
  noSource: () => noSource
});
module.exports = __toCommonJS(noSource_exports);
var import_evidence = require("../evidence");
var import_findings = require("../findings");
var import_text = require("../text");
function noSource(ctx) {
  return ctx.pastHarm.filter((statement) => !(0, import_evidence.hasSource)(statement.text)).map(
    (statement) => (0, import_findings.finding)(
      "NO_SOURCE",
      statement.path,
      "ask",
      "Does not say how the referrer knows this.",
      (0, import_findings.ask)(ctx, "You wrote '{quote}'. How do you know this? Did you see or hear it yourself, did {child} or someone else tell you (who?), or is it written in a record?", {
        quote: (0, import_text.excerpt)(statement.text)
      })
    )
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  noSource
});
