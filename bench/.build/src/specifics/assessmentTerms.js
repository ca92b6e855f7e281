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
var assessmentTerms_exports = {};
__export(assessmentTerms_exports, {
  termsFor: () => termsFor
});
module.exports = __toCommonJS(assessmentTerms_exports);
const TERMS = {
  "child-protection": {
    framework: "Signs of Safety",
    pastHarm: "past harm",
    dangerStatement: "danger statement",
    goals: "safety goals",
    existingSafety: "existing safety"
  },
  "early-help": {
    framework: "Signs of Wellbeing",
    pastHarm: "wellbeing concerns",
    dangerStatement: "critical worry statement",
    goals: "wellbeing goals",
    existingSafety: "existing wellbeing"
  },
  "child-in-care": {
    framework: "Signs of Success",
    pastHarm: "worrying behaviour",
    dangerStatement: "critical worry statement",
    goals: "success goals",
    existingSafety: "existing success"
  }
};
function termsFor(type) {
  return TERMS[type ?? "child-protection"] ?? TERMS["child-protection"];
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  termsFor
});
