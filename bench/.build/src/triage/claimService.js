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
var claimService_exports = {};
__export(claimService_exports, {
  assertHolds: () => assertHolds,
  claimReferral: () => claimReferral,
  claimView: () => claimView,
  endOwnClaim: () => endOwnClaim,
  isLive: () => isLive,
  latestClaim: () => latestClaim,
  latestClaims: () => latestClaims,
  releaseClaim: () => releaseClaim,
  renewClaim: () => renewClaim,
  tryClaim: () => tryClaim
});
module.exports = __toCommonJS(claimService_exports);
var import_config = require("../platform/config");
var import_database = require("../platform/db/database");
var import_errors = require("../platform/errors");
var import_auditService = require("../audit/auditService");
var import_staffService = require("../staff/staffService");
var import_referralModel = require("../referrals/referralModel");
var import_triageModels = require("./triageModels");
var import_permissions = require("./permissions");
const leaseMs = () => (0, import_config.config)().CLAIM_LEASE_MINUTES * 6e4;
const marginMs = () => (0, import_config.config)().CLAIM_SAFETY_SECONDS * 1e3;
function isLive(claim, now = /* @__PURE__ */ new Date()) {
  return !!claim && !claim.releasedAt && claim.expiresAt.getTime() > now.getTime();
}
function claimView(claim, staff) {
  return {
    reference: claim.reference,
    holderId: claim.holderId,
    holderEmail: claim.holderEmail,
    claimedAt: claim.claimedAt,
    expiresAt: claim.expiresAt,
    yours: !!staff && staff.staffId === claim.holderId
  };
}
async function latestClaim(reference) {
  const claims = await import_triageModels.ClaimModel.find({ reference }).lean();
  return claims.sort((a, b) => b.n - a.n)[0];
}
async function latestClaims() {
  const latest = /* @__PURE__ */ new Map();
  for (const c of await import_triageModels.ClaimModel.find({}).lean()) {
    const seen = latest.get(c.reference);
    if (!seen || seen.n < c.n) latest.set(c.reference, c);
  }
  return latest;
}
async function tryClaim(staff, referral, latest, now = /* @__PURE__ */ new Date()) {
  const n = (latest?.n ?? 0) + 1;
  const claim = {
    _id: `${referral._id}:${n}`,
    reference: referral._id,
    n,
    holderId: staff.staffId,
    holderEmail: staff.email,
    queue: referral.queue,
    claimedAt: now,
    expiresAt: new Date(now.getTime() + leaseMs())
  };
  try {
    await import_triageModels.ClaimModel.collection.insertOne(claim);
    return claim;
  } catch (err) {
    if ((0, import_database.isDuplicateKey)(err)) return null;
    throw err;
  }
}
function heldByOther(claim) {
  return new import_errors.Conflict(`${claim.holderEmail} is working on this referral until ${claim.expiresAt.toISOString()}.`);
}
async function getOpenReferral(staff, reference) {
  (0, import_permissions.assertMayReadReferrals)(staff, reference);
  const referral = await import_referralModel.ReferralModel.findById(reference, { submission: 0, findings: 0 }).lean();
  if (!referral) throw new import_errors.NotFound(`No open referral ${reference}.`);
  if (referral.status !== "open") throw new import_errors.Conflict(`Referral ${reference} has already been decided.`);
  return referral;
}
async function claimReferral(staff, reference, ip) {
  const referral = await getOpenReferral(staff, reference);
  const now = /* @__PURE__ */ new Date();
  const latest = await latestClaim(reference);
  if (isLive(latest, now)) {
    if (latest.holderId === staff.staffId) return claimView(latest, staff);
    throw heldByOther(latest);
  }
  const claim = await tryClaim(staff, referral, latest, now);
  if (!claim) {
    const winner = await latestClaim(reference);
    throw winner && winner.holderId !== staff.staffId ? heldByOther(winner) : new import_errors.Conflict("Someone else claimed this referral at the same moment.");
  }
  await (0, import_auditService.recordAudit)({ actor: (0, import_staffService.actorOf)(staff), action: "claim", reference, ip, detail: `claim ${claim.n}` });
  return claimView(claim, staff);
}
async function assertHolds(staff, reference, now = /* @__PURE__ */ new Date()) {
  const latest = await latestClaim(reference);
  if (!latest || latest.holderId !== staff.staffId) {
    throw new import_errors.Conflict(
      latest && isLive(latest, now) ? `${latest.holderEmail} holds this referral now. Claim it before changing it.` : "Claim this referral before changing it."
    );
  }
  if (latest.releasedAt) throw new import_errors.Conflict("You released this referral. Claim it again before changing it.");
  if (latest.expiresAt.getTime() - marginMs() <= now.getTime()) {
    throw new import_errors.Conflict("Your claim on this referral has run out. Claim it again before changing it.");
  }
  return latest;
}
async function renewClaim(staff, reference, ip) {
  await getOpenReferral(staff, reference);
  const now = /* @__PURE__ */ new Date();
  const claim = await assertHolds(staff, reference, now);
  const expiresAt = new Date(now.getTime() + leaseMs());
  await import_triageModels.ClaimModel.updateOne({ _id: claim._id }, { $set: { expiresAt } });
  await (0, import_auditService.recordAudit)({ actor: (0, import_staffService.actorOf)(staff), action: "renew", reference, ip });
  return claimView({ ...claim, expiresAt }, staff);
}
async function releaseClaim(staff, reference, ip) {
  (0, import_permissions.assertMayReadReferrals)(staff, reference);
  const referral = await import_referralModel.ReferralModel.findById(reference, { _id: 1 }).lean();
  if (!referral) throw new import_errors.NotFound(`No open referral ${reference}.`);
  const claim = await assertHolds(staff, reference);
  await import_triageModels.ClaimModel.updateOne({ _id: claim._id }, { $set: { releasedAt: /* @__PURE__ */ new Date() } });
  await (0, import_auditService.recordAudit)({ actor: (0, import_staffService.actorOf)(staff), action: "release", reference, ip });
}
async function endOwnClaim(claim) {
  await import_triageModels.ClaimModel.updateOne({ _id: claim._id }, { $set: { releasedAt: /* @__PURE__ */ new Date() } });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  assertHolds,
  claimReferral,
  claimView,
  endOwnClaim,
  isLive,
  latestClaim,
  latestClaims,
  releaseClaim,
  renewClaim,
  tryClaim
});
