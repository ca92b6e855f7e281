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
var priority_exports = {};
__export(priority_exports, {
  priorityOf: () => priorityOf
});
module.exports = __toCommonJS(priority_exports);
var import_routing = require("./routing");
const QUEUE_BASE = {
  "immediate-risk": 400,
  "child-protection": 300,
  "child-in-care": 200,
  "early-help": 100
};
function agePoints(referral, now) {
  const ages = (referral.children ?? []).map((child) => (0, import_routing.ageInYears)(child, now));
  const known = ages.filter((age) => age !== void 0);
  if (known.length < ages.length || known.length === 0) return 25;
  const youngest = Math.min(...known);
  if (youngest < 1) return 40;
  if (youngest < 5) return 25;
  if (youngest < 11) return 10;
  return 0;
}
function scalingPoints(referral) {
  const score = referral.scaling?.score;
  return typeof score === "number" && score >= 0 && score <= 10 ? (10 - score) * 5 : 50;
}
function priorityOf(referral, route, now = /* @__PURE__ */ new Date()) {
  return QUEUE_BASE[route.queue] + scalingPoints(referral) + agePoints(referral, now);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  priorityOf
});
