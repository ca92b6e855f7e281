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
var reference_exports = {};
__export(reference_exports, {
  REFERENCE_PATTERN: () => REFERENCE_PATTERN,
  newReference: () => newReference
});
module.exports = __toCommonJS(reference_exports);
var import_randomCode = require("../platform/randomCode");
const EPOCH = Date.UTC(2026, 0, 1);
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
function newReference(now = Date.now()) {
  let hours = Math.floor((now - EPOCH) / 36e5) % 32 ** 3;
  if (hours < 0) hours += 32 ** 3;
  const prefix = ALPHABET[hours >> 10 & 31] + ALPHABET[hours >> 5 & 31] + ALPHABET[hours & 31];
  const random = (0, import_randomCode.randomCode)(5);
  return `SR-${prefix}${random[0]}-${random.slice(1)}`;
}
const REFERENCE_PATTERN = /^SR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  REFERENCE_PATTERN,
  newReference
});
