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
var auditService_exports = {};
__export(auditService_exports, {
  auditTrail: () => auditTrail,
  recordAudit: () => recordAudit
});
module.exports = __toCommonJS(auditService_exports);
var import_mongoose = require("mongoose");
var import_auditModel = require("./auditModel");
async function recordAudit(input) {
  const record = {
    _id: new import_mongoose.Types.ObjectId(),
    at: input.at ?? /* @__PURE__ */ new Date(),
    actor: stripUndefined(input.actor),
    action: input.action,
    ...input.reference ? { reference: input.reference } : {},
    ...input.ip ? { ip: input.ip } : {},
    ...input.detail ? { detail: input.detail.slice(0, 1e3) } : {}
  };
  await import_auditModel.AuditModel.collection.insertOne(record);
}
async function auditTrail(reference) {
  const records = await import_auditModel.AuditModel.find({ reference }).lean();
  return records.sort((a, b) => a.at.getTime() - b.at.getTime() || String(a._id).localeCompare(String(b._id))).map((r) => ({
    at: r.at,
    actor: { kind: r.actor.kind, id: r.actor.id, ...r.actor.email ? { email: r.actor.email } : {}, ...r.actor.role ? { role: r.actor.role } : {} },
    action: r.action,
    ...r.reference ? { reference: r.reference } : {},
    ...r.ip ? { ip: r.ip } : {},
    ...r.detail ? { detail: r.detail } : {}
  }));
}
function stripUndefined(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== void 0));
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  auditTrail,
  recordAudit
});
