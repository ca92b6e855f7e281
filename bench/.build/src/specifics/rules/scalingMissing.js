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
var scalingMissing_exports = {};
__export(scalingMissing_exports, {
  scalingMissing: () => scalingMissing
});
module.exports = __toCommonJS(scalingMissing_exports);
var import_findings = require("../findings");
function scalingMissing(ctx) {
  const scaling = ctx.referral.scaling;
  if (!scaling || typeof scaling.score !== "number") {
    return [
      (0, import_findings.finding)(
        "SCALING_MISSING",
        "scaling",
        "ask",
        "No scaling score.",
        (0, import_findings.ask)(ctx, "On a scale of 0 to 10, where 10 means {child} is safe enough that nobody needs to worry and 0 means things are so bad {child} cannot stay at home, where would you put things today - and why that number?")
      )
    ];
  }
  if (typeof scaling.rationale === "string" && scaling.rationale.trim()) return [];
  return [
    (0, import_findings.finding)(
      "SCALING_MISSING",
      "scaling",
      "ask",
      `Scaling score ${scaling.score} has no reason given.`,
      (0, import_findings.ask)(ctx, "You put things at {score} out of 10. Why that number, and what would need to happen to move it up by one?", {
        score: String(scaling.score)
      })
    )
  ];
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  scalingMissing
});
