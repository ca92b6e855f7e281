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
var staffService_exports = {};
__export(staffService_exports, {
  SESSION_COOKIE: () => SESSION_COOKIE,
  STAFF_ROLES: () => STAFF_ROLES,
  TooManyAttempts: () => TooManyAttempts,
  actorOf: () => actorOf,
  changePassword: () => changePassword,
  createStaff: () => createStaff,
  disableStaff: () => disableStaff,
  listStaff: () => listStaff,
  normaliseEmail: () => normaliseEmail,
  pruneSessionsAndAttempts: () => pruneSessionsAndAttempts,
  resetPassword: () => resetPassword,
  sessionCookieOptions: () => sessionCookieOptions,
  sessionTokenOf: () => sessionTokenOf,
  signIn: () => signIn,
  signOut: () => signOut,
  staffFromRequest: () => staffFromRequest,
  staffFromToken: () => staffFromToken
});
module.exports = __toCommonJS(staffService_exports);
var import_node_crypto = require("node:crypto");
var import_config = require("../platform/config");
var import_database = require("../platform/db/database");
var import_errors = require("../platform/errors");
var import_auditService = require("../audit/auditService");
var import_staffModel = require("./staffModel");
var import_passwords = require("./passwords");
const STAFF_ROLES = ["worker", "manager", "admin"];
const SESSION_COOKIE = "sri_session";
const TOKEN_PREFIX = "srs_";
const TOKEN_FORM = /^srs_[A-Za-z0-9_-]{43}$/;
const EMAIL_FORM = /^[^\s@]{1,100}@[^\s@]{1,150}\.[^\s@]{2,50}$/;
const MIN_PASSWORD = 12;
const TOUCH_EVERY_MS = 5 * 6e4;
const sha256 = (s) => (0, import_node_crypto.createHash)("sha256").update(s).digest("hex");
const normaliseEmail = (email) => email.trim().toLowerCase();
function view(record) {
  return { staffId: record._id, email: record.email, role: record.role };
}
async function createStaff(email, role) {
  const address = normaliseEmail(email);
  if (!EMAIL_FORM.test(address)) throw new import_errors.BadRequest("That is not an email address.", [{ field: "email", message: "not an email address" }]);
  if (!STAFF_ROLES.includes(role)) throw new import_errors.BadRequest(`Role must be one of ${STAFF_ROLES.join(", ")}.`, [{ field: "role", message: "unknown role" }]);
  const password = (0, import_passwords.oneTimePassword)();
  const record = {
    _id: `st${(0, import_node_crypto.randomBytes)(8).toString("hex")}`,
    email: address,
    role,
    passwordHash: await (0, import_passwords.hashPassword)(password),
    passwordIsTemporary: true,
    createdAt: /* @__PURE__ */ new Date()
  };
  try {
    await import_staffModel.StaffModel.collection.insertOne(record);
  } catch (err) {
    if ((0, import_database.isDuplicateKey)(err)) throw new import_errors.Conflict(`There is already an account for ${address}.`);
    throw err;
  }
  return { ...view(record), oneTimePassword: password };
}
async function resetPassword(email) {
  const record = await getStaffByEmail(email);
  const password = (0, import_passwords.oneTimePassword)();
  await import_staffModel.StaffModel.updateOne({ _id: record._id }, { $set: { passwordHash: await (0, import_passwords.hashPassword)(password), passwordIsTemporary: true } });
  await import_staffModel.SessionModel.deleteMany({ staffId: record._id });
  return { oneTimePassword: password };
}
async function disableStaff(email) {
  const record = await getStaffByEmail(email);
  await import_staffModel.StaffModel.updateOne({ _id: record._id }, { $set: { disabledAt: /* @__PURE__ */ new Date() } });
  await import_staffModel.SessionModel.deleteMany({ staffId: record._id });
}
async function listStaff() {
  const records = await import_staffModel.StaffModel.find({}).lean();
  return records.map((r) => ({ ...view(r), disabled: !!r.disabledAt, createdAt: r.createdAt })).sort((a, b) => a.email.localeCompare(b.email));
}
async function getStaffByEmail(email) {
  const record = await import_staffModel.StaffModel.findOne({ email: normaliseEmail(email) }).lean();
  if (!record) throw new import_errors.NotFound(`No account for ${normaliseEmail(email)}.`);
  return record;
}
class TooManyAttempts extends import_errors.HttpProblem {
  constructor(retryAfterSeconds) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(429, "Too many sign-in attempts", `This account is locked after repeated failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`, [], {
      "Retry-After": String(Math.max(1, Math.ceil(retryAfterSeconds)))
    });
  }
}
async function takeAttemptSlot(emailKey, now) {
  const { SIGN_IN_MAX_FAILURES: max, SIGN_IN_LOCKOUT_MINUTES: lockoutMinutes } = (0, import_config.config)();
  const lockoutMs = lockoutMinutes * 6e4;
  for (let tries = 0; tries < 20; tries++) {
    const attempts = (await import_staffModel.SignInAttemptModel.find({ emailKey }).lean()).sort((a, b) => a.n - b.n);
    const last = attempts.at(-1)?.n ?? 0;
    const lastSuccess = attempts.filter((a) => a.succeeded).at(-1)?.n ?? 0;
    const failures = attempts.filter((a) => a.n > lastSuccess && !a.succeeded && now.getTime() - a.at.getTime() < lockoutMs);
    if (failures.length >= max) {
      const unlocksAt = failures[failures.length - max].at.getTime() + lockoutMs;
      throw new TooManyAttempts((unlocksAt - now.getTime()) / 1e3);
    }
    const _id = `${emailKey}:${last + 1}`;
    try {
      await import_staffModel.SignInAttemptModel.collection.insertOne({ _id, emailKey, n: last + 1, at: now, succeeded: false });
      return _id;
    } catch (err) {
      if (!(0, import_database.isDuplicateKey)(err)) throw err;
    }
  }
  throw new TooManyAttempts(60);
}
async function signIn(email, password, ip) {
  const address = normaliseEmail(String(email ?? ""));
  const emailKey = sha256(address);
  const now = /* @__PURE__ */ new Date();
  const slot = await takeAttemptSlot(emailKey, now);
  const record = address ? await import_staffModel.StaffModel.findOne({ email: address }).lean() : null;
  const usable = record && !record.disabledAt;
  const ok = await (0, import_passwords.verifyPassword)(String(password ?? ""), usable ? record.passwordHash : await (0, import_passwords.dummyHash)());
  if (!usable || !ok) {
    await (0, import_auditService.recordAudit)({
      actor: record ? { kind: "staff", id: record._id, email: record.email, role: record.role } : { kind: "staff", id: `unknown:${emailKey.slice(0, 16)}` },
      action: "sign-in-failed",
      ip
    });
    throw new import_errors.Unauthorised("The email address or password is not right.");
  }
  await import_staffModel.SignInAttemptModel.updateOne({ _id: slot }, { $set: { succeeded: true } });
  const session = await startSession(record, ip, now);
  await (0, import_auditService.recordAudit)({ actor: actorOf(record), action: "sign-in", ip });
  return { ...session, staff: view(record), mustChangePassword: record.passwordIsTemporary };
}
async function startSession(record, ip, now) {
  const cfg = (0, import_config.config)();
  const token = TOKEN_PREFIX + (0, import_node_crypto.randomBytes)(32).toString("base64url");
  const notAfter = new Date(now.getTime() + cfg.SESSION_MAX_HOURS * 36e5);
  const expiresAt = new Date(Math.min(now.getTime() + cfg.SESSION_IDLE_MINUTES * 6e4, notAfter.getTime()));
  const session = { _id: sha256(token), staffId: record._id, createdAt: now, lastSeenAt: now, expiresAt, notAfter, ...ip ? { ip } : {} };
  await import_staffModel.SessionModel.collection.insertOne(session);
  return { token, expiresAt };
}
async function signOut(token) {
  if (!TOKEN_FORM.test(token)) return;
  const session = await import_staffModel.SessionModel.findById(sha256(token)).lean();
  await import_staffModel.SessionModel.deleteOne({ _id: sha256(token) });
  if (session) {
    const record = await import_staffModel.StaffModel.findById(session.staffId).lean();
    if (record) await (0, import_auditService.recordAudit)({ actor: actorOf(record), action: "sign-out" });
  }
}
async function staffFromToken(token, now = /* @__PURE__ */ new Date()) {
  if (!token || !TOKEN_FORM.test(token)) return null;
  const sessionId = sha256(token);
  const session = await import_staffModel.SessionModel.findById(sessionId).lean();
  if (!session || session.expiresAt <= now || session.notAfter <= now) return null;
  const record = await import_staffModel.StaffModel.findById(session.staffId).lean();
  if (!record || record.disabledAt) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    const expiresAt = new Date(Math.min(now.getTime() + (0, import_config.config)().SESSION_IDLE_MINUTES * 6e4, session.notAfter.getTime()));
    await import_staffModel.SessionModel.updateOne({ _id: sessionId }, { $set: { lastSeenAt: now, expiresAt } });
  }
  return { kind: "staff", staffId: record._id, email: record.email, role: record.role, sessionId };
}
function sessionTokenOf(req) {
  const header = req.headers.authorization;
  if (header?.startsWith("Bearer ")) {
    const bearer = header.slice(7).trim();
    if (bearer.startsWith(TOKEN_PREFIX)) return bearer;
  }
  const parsed = req.cookies?.[SESSION_COOKIE];
  if (typeof parsed === "string") return parsed;
  const raw = req.headers.cookie;
  if (!raw) return void 0;
  for (const part of raw.split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join("="));
  }
  return void 0;
}
function staffFromRequest(req) {
  return staffFromToken(sessionTokenOf(req));
}
function sessionCookieOptions(expiresAt) {
  const cfg = (0, import_config.config)();
  return { httpOnly: true, sameSite: "lax", secure: cfg.SECURE_COOKIES ?? cfg.NODE_ENV === "production", path: "/", expires: expiresAt };
}
async function changePassword(staff, currentPassword, newPassword) {
  const record = await import_staffModel.StaffModel.findById(staff.staffId).lean();
  if (!record || !await (0, import_passwords.verifyPassword)(currentPassword, record.passwordHash)) {
    throw new import_errors.BadRequest("The current password is not right.", [{ field: "currentPassword", message: "not right" }]);
  }
  if (newPassword.length < MIN_PASSWORD || newPassword.length > 200) {
    throw new import_errors.BadRequest(`Choose a password of at least ${MIN_PASSWORD} characters.`, [{ field: "newPassword", message: `at least ${MIN_PASSWORD} characters` }]);
  }
  if (newPassword === currentPassword) throw new import_errors.BadRequest("Choose a new password.", [{ field: "newPassword", message: "same as the current one" }]);
  await import_staffModel.StaffModel.updateOne({ _id: record._id }, { $set: { passwordHash: await (0, import_passwords.hashPassword)(newPassword), passwordIsTemporary: false } });
  const others = (await import_staffModel.SessionModel.find({ staffId: record._id }).lean()).filter((s) => s._id !== staff.sessionId);
  for (const s of others) await import_staffModel.SessionModel.deleteOne({ _id: s._id });
}
function actorOf(staff) {
  return { kind: "staff", id: "staffId" in staff ? staff.staffId : staff._id, email: staff.email, role: staff.role };
}
async function pruneSessionsAndAttempts(now = /* @__PURE__ */ new Date()) {
  await import_staffModel.SessionModel.deleteMany({ expiresAt: { $lt: now } });
  const keepMs = Math.max(24 * 36e5, (0, import_config.config)().SIGN_IN_LOCKOUT_MINUTES * 6e4);
  await import_staffModel.SignInAttemptModel.deleteMany({ at: { $lt: new Date(now.getTime() - keepMs) } });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SESSION_COOKIE,
  STAFF_ROLES,
  TooManyAttempts,
  actorOf,
  changePassword,
  createStaff,
  disableStaff,
  listStaff,
  normaliseEmail,
  pruneSessionsAndAttempts,
  resetPassword,
  sessionCookieOptions,
  sessionTokenOf,
  signIn,
  signOut,
  staffFromRequest,
  staffFromToken
});
