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
var randomCode_exports = {};
__export(randomCode_exports, {
  randomCode: () => randomCode
});
module.exports = __toCommonJS(randomCode_exports);
var import_node_crypto = require("node:crypto");
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
function randomCode(length) {
  let out = "";
  for (let i = 0; i < length; i++) out += ALPHABET[(0, import_node_crypto.randomInt)(ALPHABET.length)];
  return out;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  randomCode
});
