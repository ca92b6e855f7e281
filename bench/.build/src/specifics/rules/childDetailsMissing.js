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
var childDetailsMissing_exports = {};
__export(childDetailsMissing_exports, {
  childDetailsMissing: () => childDetailsMissing
});
module.exports = __toCommonJS(childDetailsMissing_exports);
var import_findings = require("../findings");
function present(value) {
  return typeof value === "string" ? value.trim() !== "" : value !== void 0 && value !== null;
}
function childDetailsMissing(ctx) {
  const children = Array.isArray(ctx.referral.children) ? ctx.referral.children : [];
  const findings = [];
  children.forEach((child, index) => {
    const noAge = !present(child?.dateOfBirth) && !present(child?.estimatedAge);
    const noAddress = !present(child?.address) && !present(child?.postcode);
    if (!noAge && !noAddress) return;
    const name = typeof child?.firstName === "string" && child.firstName.trim() || "the child";
    const missing = [noAge && "date of birth or age", noAddress && "address or postcode"].filter(Boolean).join(" and ");
    const wanted = [
      noAge && `${name}'s date of birth (or roughly how old ${name} is)`,
      noAddress && `where ${name} lives (the address, or at least the postcode)`
    ].filter(Boolean).join(" and ");
    findings.push(
      (0, import_findings.finding)("CHILD_DETAILS_MISSING", `children[${index}]`, "ask", `No ${missing} for ${name}.`, (0, import_findings.ask)(ctx, `Please tell us ${wanted}.`))
    );
  });
  return findings;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  childDetailsMissing
});
