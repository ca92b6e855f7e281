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
var staffPages_exports = {};
__export(staffPages_exports, {
  OUTCOME_NAMES: () => OUTCOME_NAMES,
  QUEUE_NAMES: () => QUEUE_NAMES,
  staffPages: () => staffPages
});
module.exports = __toCommonJS(staffPages_exports);
var import_express = require("express");
var import_errors = require("../platform/errors");
var import_staffService = require("../staff/staffService");
var import_queueService = require("../triage/queueService");
var import_claimService = require("../triage/claimService");
var import_decisionService = require("../triage/decisionService");
var import_triageViewService = require("../triage/triageViewService");
var import_permissions = require("../triage/permissions");
var import_assessmentTerms = require("../specifics/assessmentTerms");
var import_csrf = require("./csrf");
var import_render = require("./render");
const QUEUE_NAMES = {
  "immediate-risk": "Immediate risk",
  "child-protection": "Child protection",
  "early-help": "Early help",
  "child-in-care": "Children in care"
};
const OUTCOME_NAMES = {
  "no-further-action": "No further action",
  "advice-and-signposting": "Advice and signposting",
  "early-help": "Early help",
  "child-and-family-assessment": "Child and family assessment",
  "strategy-discussion": "Strategy discussion",
  "already-open-to-social-care": "Already open to social care"
};
const staffOf = (req) => req.staff;
const wrap = (fn) => (req, res, next) => fn(req, res).catch(next);
function localPath(raw) {
  return typeof raw === "string" && /^\/staff(\/[A-Za-z0-9\-/]*)?$/.test(raw) ? raw : "/staff";
}
const requireStaff = (req, res, next) => {
  (0, import_staffService.staffFromRequest)(req).then((staff) => {
    if (!staff) return res.redirect(303, `/staff/sign-in?next=${encodeURIComponent(req.method === "GET" ? req.originalUrl.split("?")[0] : "/staff")}`);
    req.staff = staff;
    res.locals.staff = { name: staff.email, role: staff.role, manager: staff.role === "manager" };
    if (!(0, import_permissions.canTriage)(staff)) {
      res.status(403);
      return (0, import_render.render)(res, "error.njk", { pageTitle: "You cannot use these pages", lines: ["Only First Contact workers and managers can see referrals. Administrators manage accounts with the staff script."] });
    }
    next();
  }).catch(next);
};
function dueText(minutesLeft) {
  const abs = Math.abs(minutesLeft);
  const span = abs >= 1440 ? `${Math.round(abs / 1440)} day${Math.round(abs / 1440) === 1 ? "" : "s"}` : abs >= 60 ? `${Math.floor(abs / 60)} hr ${abs % 60} min` : `${abs} min`;
  return minutesLeft < 0 ? `${span} overdue` : `${span} left`;
}
function renderSignIn(res, ctx) {
  const errors = ctx.errors ?? [];
  if (errors.length) res.status(errors.some((e) => e.field === "email" && e.text.startsWith("Too many")) ? 429 : 400);
  (0, import_render.render)(res, "staff/sign-in.njk", {
    pageTitle: "Sign in to First Contact",
    activeNav: "sign-in",
    next: ctx.next,
    email: ctx.email ?? "",
    errors: Object.fromEntries(errors.map((e) => [e.field, e.text])),
    errorList: errors.map((e) => ({ text: e.text, href: `#${e.field}` }))
  });
}
const DECISION_FIELDS = {
  outcome: "outcome",
  rationale: "rationale",
  "workerScaling.score": "workerScaling-score",
  "workerScaling.rationale": "workerScaling-rationale",
  workerScaling: "workerScaling-score"
};
async function renderReferral(req, res, extra = {}) {
  const staff = staffOf(req);
  const view = await (0, import_triageViewService.getTriageView)(staff, req.params.reference, req.ip);
  const terms = (0, import_assessmentTerms.termsFor)(view.assessmentType);
  const findingsByPath = {};
  for (const f of view.findings) (findingsByPath[f.path] ??= []).push(f);
  const errors = extra.errors ?? [];
  (0, import_render.render)(res, "staff/referral.njk", {
    pageTitle: `Referral ${view.reference}`,
    activeNav: "queues",
    r: view,
    terms,
    queueName: QUEUE_NAMES[view.queue],
    queueNames: QUEUE_NAMES,
    outcomeNames: OUTCOME_NAMES,
    outcomes: Object.entries(OUTCOME_NAMES).map(([value, text]) => ({ value, text })),
    dueText: dueText(view.minutesLeft),
    findingsByPath,
    asks: view.findings.filter((f) => f.severity === "ask"),
    notes: view.findings.filter((f) => f.severity === "note"),
    mayDecide: view.status === "open" && view.claim?.yours === true,
    values: {},
    errors: Object.fromEntries(errors.map((e) => [e.field, e.text])),
    errorList: errors.map((e) => ({ text: e.text, href: `#${e.field}` })),
    scale: Array.from({ length: 11 }, (_, n) => String(n)),
    ...extra
  });
}
function staffPages() {
  const router = (0, import_express.Router)();
  router.get("/staff/sign-in", (req, res) => renderSignIn(res, { next: localPath(req.query.next) }));
  router.post(
    "/staff/sign-in",
    import_csrf.verifyCsrf,
    wrap(async (req, res) => {
      const email = typeof req.body.email === "string" ? req.body.email.trim() : "";
      const password = typeof req.body.password === "string" ? req.body.password : "";
      const next = localPath(req.body.next);
      const errors = [];
      if (!email) errors.push({ field: "email", text: "Enter your work email address" });
      if (!password) errors.push({ field: "password", text: "Enter your password" });
      if (errors.length) return renderSignIn(res, { next, email, errors });
      try {
        const session = await (0, import_staffService.signIn)(email, password, req.ip);
        res.cookie(import_staffService.SESSION_COOKIE, session.token, (0, import_staffService.sessionCookieOptions)(session.expiresAt));
        res.redirect(303, session.mustChangePassword ? "/staff/password" : next);
      } catch (err) {
        if (!(err instanceof import_errors.HttpProblem) || err.status !== 401 && err.status !== 429) throw err;
        const text = err.status === 429 ? "Too many attempts. Wait a few minutes, then try again." : "The email address or password is not right";
        renderSignIn(res, { next, email, errors: [{ field: "email", text }] });
      }
    })
  );
  router.use("/staff", requireStaff);
  router.get("/staff/sign-out", (_req, res) => (0, import_render.render)(res, "staff/sign-out.njk", { pageTitle: "Sign out" }));
  router.post(
    "/staff/sign-out",
    import_csrf.verifyCsrf,
    wrap(async (req, res) => {
      const token = (0, import_staffService.sessionTokenOf)(req);
      if (token) await (0, import_staffService.signOut)(token);
      res.clearCookie(import_staffService.SESSION_COOKIE, { path: "/" });
      res.redirect(303, "/staff/sign-in");
    })
  );
  router.get("/staff/password", (_req, res) => (0, import_render.render)(res, "staff/password.njk", { pageTitle: "Choose a new password", errors: {} }));
  router.post(
    "/staff/password",
    import_csrf.verifyCsrf,
    wrap(async (req, res) => {
      const current = typeof req.body.currentPassword === "string" ? req.body.currentPassword : "";
      const next = typeof req.body.newPassword === "string" ? req.body.newPassword : "";
      const errors = [];
      if (!current) errors.push({ field: "currentPassword", text: "Enter your current password" });
      if (next.length < 12) errors.push({ field: "newPassword", text: "Your new password must be 12 characters or more" });
      if (!errors.length) {
        try {
          await (0, import_staffService.changePassword)(staffOf(req), current, next);
          return res.redirect(303, "/staff");
        } catch (err) {
          if (!(err instanceof import_errors.HttpProblem) || err.status >= 500) throw err;
          errors.push({ field: err.errors[0]?.field === "newPassword" ? "newPassword" : "currentPassword", text: err.detail ?? err.title });
        }
      }
      res.status(400);
      (0, import_render.render)(res, "staff/password.njk", {
        pageTitle: "Choose a new password",
        errors: Object.fromEntries(errors.map((e) => [e.field, e.text])),
        errorList: errors.map((e) => ({ text: e.text, href: `#${e.field}` }))
      });
    })
  );
  router.get(
    "/staff",
    wrap(async (req, res) => {
      const queues = await (0, import_queueService.listQueues)(staffOf(req));
      (0, import_render.render)(res, "staff/queues.njk", {
        pageTitle: "Queues",
        activeNav: "queues",
        queues: queues.map((q) => ({ ...q, name: QUEUE_NAMES[q.queue] })),
        totals: { open: queues.reduce((n, q) => n + q.open, 0), overdue: queues.reduce((n, q) => n + q.overdue, 0) },
        message: typeof req.query.message === "string" ? req.query.message.slice(0, 200) : void 0
      });
    })
  );
  router.get(
    "/staff/queues/:queue",
    wrap(async (req, res) => {
      const pageNumber = Math.max(1, Number.parseInt(String(req.query.page ?? "1"), 10) || 1);
      const page = await (0, import_queueService.listQueue)(staffOf(req), req.params.queue, pageNumber, 25);
      (0, import_render.render)(res, "staff/queue.njk", {
        pageTitle: `${QUEUE_NAMES[page.queue]} queue`,
        activeNav: "queues",
        page,
        queueName: QUEUE_NAMES[page.queue],
        items: page.items.map((i) => ({ ...i, due: dueText(i.minutesLeft) })),
        pages: Math.max(1, Math.ceil(page.total / page.pageSize)),
        nothingLeft: req.query.empty === "1"
      });
    })
  );
  router.post(
    "/staff/queues/:queue/next",
    import_csrf.verifyCsrf,
    wrap(async (req, res) => {
      try {
        const item = await (0, import_queueService.claimNext)(staffOf(req), req.params.queue, req.ip);
        res.redirect(303, `/staff/referrals/${encodeURIComponent(item.reference)}`);
      } catch (err) {
        if (!(err instanceof import_errors.NotFound) || !import_queueService.QUEUES.includes(req.params.queue)) throw err;
        res.redirect(303, `/staff/queues/${req.params.queue}?empty=1`);
      }
    })
  );
  router.get("/staff/referrals/:reference", wrap(async (req, res) => renderReferral(req, res, { decided: req.query.decided === "1", released: req.query.released === "1" })));
  router.post(
    "/staff/referrals/:reference/claim",
    import_csrf.verifyCsrf,
    wrap(async (req, res) => {
      try {
        await (0, import_claimService.claimReferral)(staffOf(req), req.params.reference, req.ip);
      } catch (err) {
        if (!(err instanceof import_errors.Conflict)) throw err;
        return renderReferral(req, res, { errors: [{ field: "claim", text: err.detail ?? "Someone else is working on this referral" }] });
      }
      res.redirect(303, `/staff/referrals/${encodeURIComponent(req.params.reference)}`);
    })
  );
  router.post(
    "/staff/referrals/:reference/release",
    import_csrf.verifyCsrf,
    wrap(async (req, res) => {
      await (0, import_claimService.releaseClaim)(staffOf(req), req.params.reference, req.ip);
      res.redirect(303, `/staff/referrals/${encodeURIComponent(req.params.reference)}?released=1`);
    })
  );
  router.post(
    "/staff/referrals/:reference/decision",
    import_csrf.verifyCsrf,
    wrap(async (req, res) => {
      const b = req.body;
      const values = { outcome: b.outcome ?? "", rationale: b.rationale ?? "", "workerScaling-score": b["workerScaling-score"] ?? "", "workerScaling-rationale": b["workerScaling-rationale"] ?? "" };
      const errors = [];
      if (!(values.outcome in OUTCOME_NAMES)) errors.push({ field: "outcome", text: "Select the type of response" });
      if (!values.rationale.trim()) errors.push({ field: "rationale", text: "Enter what in the referral led to this decision" });
      if (!/^(10|[0-9])$/.test(values["workerScaling-score"])) errors.push({ field: "workerScaling-score", text: "Select your scaling number, from 0 to 10" });
      if (!values["workerScaling-rationale"].trim()) errors.push({ field: "workerScaling-rationale", text: "Enter why you chose this number" });
      if (!errors.length) {
        try {
          await (0, import_decisionService.decide)(
            staffOf(req),
            req.params.reference,
            {
              outcome: values.outcome,
              rationale: values.rationale,
              workerScaling: { score: Number(values["workerScaling-score"]), rationale: values["workerScaling-rationale"] }
            },
            req.ip
          );
          return res.redirect(303, `/staff/referrals/${encodeURIComponent(req.params.reference)}?decided=1`);
        } catch (err) {
          if (err instanceof import_errors.BadRequest) {
            for (const e of err.errors) errors.push({ field: DECISION_FIELDS[e.field] ?? "outcome", text: `${e.field === "body" ? "The decision" : e.field} ${e.message}` });
          } else if (err instanceof import_errors.Conflict || err instanceof import_errors.HttpProblem && err.status === 403) {
            errors.push({ field: "outcome", text: err.detail ?? err.title });
          } else throw err;
        }
      }
      res.status(400);
      await renderReferral(req, res, { values, errors });
    })
  );
  router.get(
    "/staff/overdue",
    wrap(async (req, res) => {
      const staff = staffOf(req);
      if (staff.role !== "manager") {
        res.status(403);
        return (0, import_render.render)(res, "error.njk", { pageTitle: "Only managers can see this page", lines: ["Ask a First Contact manager for the overdue list."], link: { href: "/staff", text: "Back to the queues" } });
      }
      const items = await (0, import_queueService.listOverdue)(staff);
      (0, import_render.render)(res, "staff/overdue.njk", { pageTitle: "Overdue referrals", activeNav: "overdue", items: items.map((i) => ({ ...i, due: dueText(i.minutesLeft), queueName: QUEUE_NAMES[i.queue] })) });
    })
  );
  router.get(
    "/staff/referrals/:reference/audit",
    wrap(async (req, res) => {
      const entries = await (0, import_triageViewService.referralAuditTrail)(staffOf(req), req.params.reference);
      (0, import_render.render)(res, "staff/audit.njk", { pageTitle: `Audit trail for ${req.params.reference}`, activeNav: "queues", reference: req.params.reference, entries });
    })
  );
  router.use("/staff", (err, _req, res, next) => {
    if (err instanceof import_errors.NotFound) {
      res.status(404);
      return (0, import_render.render)(res, "error.njk", { pageTitle: "Page not found", lines: [err.detail ?? ""], link: { href: "/staff", text: "Back to the queues" } });
    }
    next(err);
  });
  return router;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  OUTCOME_NAMES,
  QUEUE_NAMES,
  staffPages
});
