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
var childIdentity_exports = {};
__export(childIdentity_exports, {
  childKeys: () => childKeys
});
module.exports = __toCommonJS(childIdentity_exports);
const squash = (s) => (s ?? "").toLowerCase().normalize("NFKD").replace(/[^a-z0-9]/g, "");
function childKeys(referral) {
  const keys = /* @__PURE__ */ new Set();
  for (const child of referral.children) {
    const name = `${squash(child.firstName)}.${squash(child.lastName)}`;
    if (child.dateOfBirth) keys.add(`dob:${name}:${child.dateOfBirth}`);
    if (child.postcode) keys.add(`pc:${name}:${squash(child.postcode)}`);
  }
  return [...keys];
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  childKeys
});
