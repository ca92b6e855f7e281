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
var passwords_exports = {};
__export(passwords_exports, {
  dummyHash: () => dummyHash,
  hashPassword: () => hashPassword,
  oneTimePassword: () => oneTimePassword,
  verifyPassword: () => verifyPassword
});
module.exports = __toCommonJS(passwords_exports);
var import_node_crypto = require("node:crypto");
const PARAMS = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const MAXMEM = 96 * 1024 * 1024;
function scrypt(password, salt, keyLength, options) {
  return new Promise((resolve, reject) => (0, import_node_crypto.scrypt)(password, salt, keyLength, options, (err, key) => err ? reject(err) : resolve(key)));
}
async function hashPassword(password) {
  const salt = (0, import_node_crypto.randomBytes)(16);
  const key = await scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, { ...PARAMS, maxmem: MAXMEM });
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}
async function verifyPassword(password, stored) {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const expected = Buffer.from(hash, "base64url");
  const actual = await scrypt(password.normalize("NFKC"), Buffer.from(salt, "base64url"), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAXMEM
  });
  return actual.length === expected.length && (0, import_node_crypto.timingSafeEqual)(actual, expected);
}
let dummy;
function dummyHash() {
  dummy ??= hashPassword((0, import_node_crypto.randomBytes)(16).toString("hex"));
  return dummy;
}
function oneTimePassword() {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = (0, import_node_crypto.randomBytes)(20);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]);
  return [0, 4, 8, 12, 16].map((i) => chars.slice(i, i + 4).join("")).join("-");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  dummyHash,
  hashPassword,
  oneTimePassword,
  verifyPassword
});
