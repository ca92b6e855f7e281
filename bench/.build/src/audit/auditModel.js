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
var auditModel_exports = {};
__export(auditModel_exports, {
  AuditModel: () => AuditModel
});
module.exports = __toCommonJS(auditModel_exports);
var import_mongoose = require("mongoose");
const auditSchema = new import_mongoose.Schema(
  {
    at: { type: Date, required: true },
    actor: { type: import_mongoose.Schema.Types.Mixed, required: true },
    action: { type: String, required: true },
    reference: { type: String, required: false },
    ip: { type: String, required: false },
    detail: { type: String, required: false }
  },
  { versionKey: false }
);
auditSchema.index({ reference: 1, at: 1 });
const AuditModel = (0, import_mongoose.model)("Audit", auditSchema, "audit");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  AuditModel
});
