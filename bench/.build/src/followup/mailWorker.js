"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var mailWorker_exports = {};
__export(mailWorker_exports, {
  DECISIONS_COLLECTION: () => DECISIONS_COLLECTION,
  backoffMs: () => backoffMs,
  createMailWorker: () => createMailWorker,
  findReferral: () => findReferral,
  mailStatusFor: () => mailStatusFor,
  referenceOfDecision: () => referenceOfDecision
});
module.exports = __toCommonJS(mailWorker_exports);
var import_mongoose = __toESM(require("mongoose"));
var import_node_os = require("node:os");
var import_node_crypto = require("node:crypto");
var import_config = require("../platform/config");
var import_database = require("../platform/db/database");
var import_logging = require("../platform/logging");
var import_workers = require("../platform/workers");
var import_referralModel = require("../referrals/referralModel");
var import_answerLinks = require("./answerLinks");
var import_mailTemplates = require("./mailTemplates");
var import_mailTransport = require("./mailTransport");
var import_followUpModels = require("./followUpModels");
const DECISIONS_COLLECTION = "decisions";
const decisions = () => import_mongoose.default.connection.collection(DECISIONS_COLLECTION);
const DECISION_SCAN_MARGIN_MS = 15 * 6e4;
const FULL_DECISION_SCAN_MS = 60 * 6e4;
const DELIVERY_CONCURRENCY = 5;
async function findReferral(reference) {
  return await import_referralModel.ReferralModel.findById(reference).lean() ?? await import_referralModel.ArchivedReferralModel.findById(reference).lean();
}
function referenceOfDecision(decision) {
  return decision.reference ?? decision._id.slice(0, decision._id.lastIndexOf(":"));
}
function backoffMs(attempt, random = Math.random()) {
  const cfg = (0, import_config.config)();
  const base = Math.min(cfg.MAIL_RETRY_MAX_MS, cfg.MAIL_RETRY_BASE_MS * 2 ** Math.min(attempt - 1, 30));
  return Math.round(base * (0.8 + 0.4 * random));
}
function createMailWorker(options = {}) {
  const name = options.name ?? `${(0, import_node_os.hostname)()}:${process.pid}:${(0, import_node_crypto.randomBytes)(3).toString("hex")}`;
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const known = /* @__PURE__ */ new Set();
  let lastScan = 0;
  let lastFullDecisionScan = 0;
  let sender;
  const getSender = () => sender ??= (options.sender ?? import_mailTransport.createMailSender)();
  async function candidates(at) {
    const found = [];
    const referrals = await import_referralModel.ReferralModel.collection.find({ followUpEmail: { $exists: true } }, { projection: { followUpEmail: 1 } }).toArray();
    for (const r of referrals) {
      if (r.followUpEmail && new Date(r.followUpEmail.dueAt) <= at) found.push({ messageId: r.followUpEmail.messageId, kind: "follow-up", reference: r._id });
    }
    const full = at.getTime() - lastFullDecisionScan >= FULL_DECISION_SCAN_MS;
    const cursor = full ? null : await import_followUpModels.MailCursorModel.findById(DECISIONS_COLLECTION).lean();
    const since = cursor ? new Date(cursor.dueAfter.getTime() - DECISION_SCAN_MARGIN_MS) : /* @__PURE__ */ new Date(0);
    const due = await decisions().find({ "outcomeEmail.dueAt": { $gte: since } }, { projection: { outcomeEmail: 1, reference: 1 } }).toArray();
    for (const d of due) {
      if (d.outcomeEmail && new Date(d.outcomeEmail.dueAt) <= at) {
        found.push({ messageId: d.outcomeEmail.messageId, kind: "outcome", reference: referenceOfDecision(d), decisionId: d._id });
      }
    }
    if (full) lastFullDecisionScan = at.getTime();
    return found;
  }
  async function discover() {
    const at = now();
    const found = await candidates(at);
    for (const c of found) {
      if (known.has(c.messageId)) continue;
      if (!await import_followUpModels.MailDoneModel.exists({ _id: c.messageId })) {
        const record = {
          _id: c.messageId,
          kind: c.kind,
          reference: c.reference,
          ...c.decisionId ? { decisionId: c.decisionId } : {},
          state: "pending",
          attempts: 0,
          nextAttemptAt: at,
          createdAt: at
        };
        try {
          await import_followUpModels.MailModel.collection.insertOne(record);
          import_logging.logger.info({ reference: c.reference, kind: c.kind }, "email queued");
        } catch (err) {
          if (!(0, import_database.isDuplicateKey)(err)) throw err;
        }
      }
      known.add(c.messageId);
    }
    const current = new Set(found.map((c) => c.messageId));
    for (const id of known) if (!current.has(id)) known.delete(id);
    await import_followUpModels.MailCursorModel.replaceOne({ _id: DECISIONS_COLLECTION }, { dueAfter: at, updatedAt: at }, { upsert: true });
  }
  async function deliver() {
    const at = now();
    const queue = (await import_followUpModels.MailModel.find({}).lean()).filter((m) => new Date(m.nextAttemptAt) <= at).sort((a, b) => +new Date(a.nextAttemptAt) - +new Date(b.nextAttemptAt));
    let next = 0;
    const lane = async () => {
      while (next < queue.length) {
        const mail = queue[next++];
        try {
          await deliverOne(mail);
        } catch (err) {
          import_logging.logger.warn({ reference: mail.reference, kind: mail.kind, err: { name: err?.name, code: err?.code } }, "email delivery round failed");
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(DELIVERY_CONCURRENCY, queue.length) }, lane));
  }
  async function claim(mail) {
    let n = mail.attempts + 1;
    for (let tries = 0; tries < 10; tries++, n++) {
      const at = now();
      const attempt = { _id: `${mail._id}#${n}`, worker: name, claimedAt: at, leaseUntil: new Date(at.getTime() + (0, import_config.config)().MAIL_LEASE_MS) };
      try {
        await import_followUpModels.MailAttemptModel.collection.insertOne(attempt);
        return n;
      } catch (err) {
        if (!(0, import_database.isDuplicateKey)(err)) throw err;
      }
      const held = await import_followUpModels.MailAttemptModel.findById(`${mail._id}#${n}`).lean();
      if (held && (held.result || new Date(held.leaseUntil) > at)) {
        if (held.result && await import_followUpModels.MailDoneModel.exists({ _id: mail._id })) await import_followUpModels.MailModel.deleteOne({ _id: mail._id });
        return null;
      }
      const fresh = await import_followUpModels.MailModel.findById(mail._id).lean();
      if (!fresh || fresh.attempts >= n) return null;
    }
    return null;
  }
  async function deliverOne(mail) {
    const n = await claim(mail);
    if (n === null) return;
    const attemptId = `${mail._id}#${n}`;
    const record = (result, code) => import_followUpModels.MailAttemptModel.updateOne({ _id: attemptId }, { $set: { result, ...code ? { code } : {} } });
    if (await import_followUpModels.MailDoneModel.exists({ _id: mail._id })) {
      await import_followUpModels.MailModel.deleteOne({ _id: mail._id });
      await record("already-sent");
      return;
    }
    const finish = async (state, error) => {
      const done = {
        _id: mail._id,
        kind: mail.kind,
        reference: mail.reference,
        ...mail.decisionId ? { decisionId: mail.decisionId } : {},
        state,
        attempts: n,
        finishedAt: now(),
        ...error ? { error } : {}
      };
      try {
        await import_followUpModels.MailDoneModel.collection.insertOne(done);
      } catch (err) {
        if (!(0, import_database.isDuplicateKey)(err)) throw err;
      }
      await import_followUpModels.MailModel.deleteOne({ _id: mail._id });
      await record(state, error);
      const log = { reference: mail.reference, kind: mail.kind, attempt: n, ...error ? { code: error } : {} };
      if (state === "sent") import_logging.logger.info(log, "email sent");
      else import_logging.logger.warn(log, "email failed permanently: referrer could not be emailed");
    };
    const email = await compose(mail);
    if (!email) return finish("failed", "NO_RECIPIENT");
    try {
      await getSender().send({ ...email.content, to: email.to, messageId: mail._id, fileName: email.fileName });
    } catch (err) {
      const { permanent, code } = (0, import_mailTransport.classifyMailError)(err);
      if (permanent || n >= (0, import_config.config)().MAIL_MAX_ATTEMPTS) return finish("failed", code);
      const delay = backoffMs(n);
      await import_followUpModels.MailModel.updateOne({ _id: mail._id }, { $set: { attempts: n, nextAttemptAt: new Date(now().getTime() + delay), lastError: code } });
      await record("retry", code);
      import_logging.logger.info({ reference: mail.reference, kind: mail.kind, attempt: n, code, retryInMs: delay }, "email delivery failed, will retry");
      return;
    }
    await finish("sent");
  }
  async function compose(mail) {
    const referral = await findReferral(mail.reference);
    if (!referral) return null;
    const to = JSON.parse(referral.submission).referrer?.email;
    if (!to) return null;
    if (mail.kind === "follow-up") {
      const { token, expiresAt } = await (0, import_answerLinks.ensureAnswerLink)(mail.reference, mail._id, now());
      return { to, content: (0, import_mailTemplates.followUpEmail)(mail.reference, (0, import_answerLinks.answerLink)(token), expiresAt), fileName: `${mail.reference}-follow-up` };
    }
    const decision = mail.decisionId ? await decisions().findOne({ _id: mail.decisionId }) : null;
    if (!decision) return null;
    const k = mail.decisionId.slice(mail.decisionId.lastIndexOf(":") + 1);
    return { to, content: (0, import_mailTemplates.outcomeEmail)(mail.reference, decision.outcome ?? ""), fileName: `${mail.reference}-outcome-${k}` };
  }
  async function tick() {
    const at = now().getTime();
    if (at - lastScan >= (0, import_config.config)().MAIL_SCAN_MS) {
      await discover();
      lastScan = at;
    }
    await deliver();
  }
  const loop = (0, import_workers.pollingWorker)(
    `mail:${name}`,
    () => (0, import_config.config)().MAIL_POLL_MS,
    tick,
    (err) => import_logging.logger.error({ worker: name, err: { name: err?.name, message: err?.message } }, "mail worker round failed")
  );
  return {
    name: loop.name,
    start: () => loop.start(),
    async stop() {
      await loop.stop();
      sender?.close();
      sender = void 0;
    },
    tick,
    discover,
    deliver
  };
}
async function statusOf(messageId) {
  if (!messageId) return "none";
  const done = await import_followUpModels.MailDoneModel.findById(messageId).lean();
  return done ? done.state : "pending";
}
async function mailStatusFor(reference) {
  const referral = await findReferral(reference);
  const followUp = await statusOf(referral?.followUpEmail?.messageId);
  const ds = [];
  for (let k = 1; k < 100; k++) {
    const d = await decisions().findOne({ _id: `${reference}:${k}` }, { projection: { outcomeEmail: 1 } });
    if (!d) break;
    if (d.outcomeEmail) ds.push(d);
  }
  const outcomes = await Promise.all(ds.map((d) => statusOf(d.outcomeEmail.messageId)));
  const outcome = outcomes.length ? outcomes[outcomes.length - 1] : "none";
  return { followUp, outcome, referrerCouldNotBeEmailed: followUp === "failed" || outcomes.includes("failed") };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DECISIONS_COLLECTION,
  backoffMs,
  createMailWorker,
  findReferral,
  mailStatusFor,
  referenceOfDecision
});
