import { config } from '../platform/config';
import { Router, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { StaffMember } from '../platform/auth/authentication';
import { BadRequest, Conflict, HttpProblem, NotFound } from '../platform/errors';
import { changePassword, sessionCookieOptions, sessionTokenOf, signIn, signOut, staffFromRequest, SESSION_COOKIE } from '../staff/staffService';
import { claimNext, listOverdue, listQueue, listQueues, QUEUES } from '../triage/queueService';
import { claimReferral, releaseClaim } from '../triage/claimService';
import { decide } from '../triage/decisionService';
import { getTriageView, referralAuditTrail } from '../triage/triageViewService';
import { canTriage } from '../triage/permissions';
import type { DecisionOutcome, TriageQueue } from '../triage/triageTypes';
import { termsFor } from '../specifics/assessmentTerms';
import type { AssessmentType, Finding } from '../referrals/referralTypes';
import { verifyCsrf } from './csrf';
import { render } from './render';

export const QUEUE_NAMES: Record<TriageQueue, string> = {
  'immediate-risk': 'Immediate risk',
  'child-protection': 'Child protection',
  'early-help': 'Early help',
  'child-in-care': 'Children in care',
};

export const OUTCOME_NAMES: Record<DecisionOutcome, string> = {
  'no-further-action': 'No further action',
  'advice-and-signposting': 'Advice and signposting',
  'early-help': 'Early help',
  'child-and-family-assessment': 'Child and family assessment',
  'strategy-discussion': 'Strategy discussion',
  'already-open-to-social-care': 'Already open to social care',
};

type StaffRequest = Request & { staff?: StaffMember };
const staffOf = (req: Request) => (req as StaffRequest).staff!;
const wrap =
  (fn: (req: Request, res: Response) => Promise<void>): RequestHandler =>
  (req, res, next) =>
    fn(req, res).catch(next);

/** A safe place to go back to after sign-in: a path on this site, never another host. */
function localPath(raw: unknown): string {
  return typeof raw === 'string' && /^\/staff(\/[A-Za-z0-9\-/]*)?$/.test(raw) ? raw : '/staff';
}

/** Signed-in First Contact staff only; anyone else is sent to sign in and brought back afterwards. */
const requireStaff: RequestHandler = (req, res, next) => {
  staffFromRequest(req)
    .then((staff) => {
      if (!staff) return res.redirect(303, `/staff/sign-in?next=${encodeURIComponent(req.method === 'GET' ? req.originalUrl.split('?')[0]! : '/staff')}`);
      (req as StaffRequest).staff = staff;
      // Signed in with a one-time password: choosing their own comes before anything else.
      const path = req.originalUrl.split('?')[0];
      if (staff.mustChangePassword && path !== '/staff/password' && path !== '/staff/sign-out') return res.redirect(303, '/staff/password');
      res.locals.staff = { name: staff.email, role: staff.role, manager: staff.role === 'manager' };
      if (!canTriage(staff)) {
        res.status(403);
        return render(res, 'error.njk', { pageTitle: 'You cannot use these pages', lines: ['Only First Contact workers and managers can see referrals. Administrators manage accounts with the staff script.'] });
      }
      next();
    })
    .catch(next);
};

function dueText(minutesLeft: number): string {
  const abs = Math.abs(minutesLeft);
  const span = abs >= 1440 ? `${Math.round(abs / 1440)} day${Math.round(abs / 1440) === 1 ? '' : 's'}` : abs >= 60 ? `${Math.floor(abs / 60)} hr ${abs % 60} min` : `${abs} min`;
  return minutesLeft < 0 ? `${span} overdue` : `${span} left`;
}

function renderSignIn(res: Response, ctx: { next: string; email?: string; errors?: { field: string; text: string }[] }): void {
  const errors = ctx.errors ?? [];
  const lockedOut = errors.some((e) => e.field === 'email' && e.text.startsWith('Too many'));
  if (lockedOut) res.setHeader('Retry-After', String(config().SIGN_IN_LOCKOUT_MINUTES * 60));
  if (errors.length) res.status(lockedOut ? 429 : 400);
  render(res, 'staff/sign-in.njk', {
    pageTitle: 'Sign in to First Contact',
    activeNav: 'sign-in',
    next: ctx.next,
    email: ctx.email ?? '',
    errors: Object.fromEntries(errors.map((e) => [e.field, e.text])),
    errorList: errors.map((e) => ({ text: e.text, href: `#${e.field}` })),
  });
}

const DECISION_FIELDS: Record<string, string> = {
  outcome: 'outcome',
  rationale: 'rationale',
  'workerScaling.score': 'workerScaling-score',
  'workerScaling.rationale': 'workerScaling-rationale',
  workerScaling: 'workerScaling-score',
};

async function renderReferral(req: Request, res: Response, extra: Record<string, unknown> = {}): Promise<void> {
  const staff = staffOf(req);
  const view = await getTriageView(staff, req.params.reference!, req.ip);
  const terms = termsFor(view.assessmentType as AssessmentType | undefined);
  const findingsByPath: Record<string, Finding[]> = {};
  for (const f of view.findings) (findingsByPath[f.path] ??= []).push(f);
  const errors = (extra.errors as { field: string; text: string }[] | undefined) ?? [];
  render(res, 'staff/referral.njk', {
    pageTitle: `Referral ${view.reference}`,
    activeNav: 'queues',
    r: view,
    terms,
    queueName: QUEUE_NAMES[view.queue],
    queueNames: QUEUE_NAMES,
    outcomeNames: OUTCOME_NAMES,
    outcomes: Object.entries(OUTCOME_NAMES).map(([value, text]) => ({ value, text })),
    dueText: dueText(view.minutesLeft),
    findingsByPath,
    asks: view.findings.filter((f) => f.severity === 'ask'),
    notes: view.findings.filter((f) => f.severity === 'note'),
    mayDecide: view.status === 'open' && view.claim?.yours === true,
    values: {},
    errors: Object.fromEntries(errors.map((e) => [e.field, e.text])),
    errorList: errors.map((e) => ({ text: e.text, href: `#${e.field}` })),
    scale: Array.from({ length: 11 }, (_, n) => String(n)),
    ...extra,
  });
}

export function staffPages(): Router {
  const router = Router();

  router.get('/staff/sign-in', (req, res) => renderSignIn(res, { next: localPath(req.query.next) }));
  router.post(
    '/staff/sign-in',
    verifyCsrf,
    wrap(async (req, res) => {
      const email = typeof req.body.email === 'string' ? req.body.email.trim() : '';
      const password = typeof req.body.password === 'string' ? req.body.password : '';
      const next = localPath(req.body.next);
      const errors = [];
      if (!email) errors.push({ field: 'email', text: 'Enter your work email address' });
      if (!password) errors.push({ field: 'password', text: 'Enter your password' });
      if (errors.length) return renderSignIn(res, { next, email, errors });
      try {
        const session = await signIn(email, password, req.ip);
        res.cookie(SESSION_COOKIE, session.token, sessionCookieOptions(session.expiresAt));
        res.redirect(303, session.mustChangePassword ? '/staff/password' : next);
      } catch (err) {
        if (!(err instanceof HttpProblem) || (err.status !== 401 && err.status !== 429)) throw err;
        const text = err.status === 429 ? 'Too many attempts. Wait a few minutes, then try again.' : 'The email address or password is not right';
        renderSignIn(res, { next, email, errors: [{ field: 'email', text }] });
      }
    }),
  );

  router.use('/staff', requireStaff);

  router.get('/staff/sign-out', (_req, res) => render(res, 'staff/sign-out.njk', { pageTitle: 'Sign out' }));
  router.post(
    '/staff/sign-out',
    verifyCsrf,
    wrap(async (req, res) => {
      const token = sessionTokenOf(req);
      if (token) await signOut(token);
      res.clearCookie(SESSION_COOKIE, { path: '/' });
      res.redirect(303, '/staff/sign-in');
    }),
  );

  router.get('/staff/password', (_req, res) => render(res, 'staff/password.njk', { pageTitle: 'Choose a new password', errors: {} }));
  router.post(
    '/staff/password',
    verifyCsrf,
    wrap(async (req, res) => {
      const current = typeof req.body.currentPassword === 'string' ? req.body.currentPassword : '';
      const next = typeof req.body.newPassword === 'string' ? req.body.newPassword : '';
      const errors: { field: string; text: string }[] = [];
      if (!current) errors.push({ field: 'currentPassword', text: 'Enter your current password' });
      if (next.length < 12) errors.push({ field: 'newPassword', text: 'Your new password must be 12 characters or more' });
      if (!errors.length) {
        try {
          await changePassword(staffOf(req), current, next);
          return res.redirect(303, '/staff');
        } catch (err) {
          if (!(err instanceof HttpProblem) || err.status >= 500) throw err;
          errors.push({ field: err.errors[0]?.field === 'newPassword' ? 'newPassword' : 'currentPassword', text: err.detail ?? err.title });
        }
      }
      res.status(400);
      render(res, 'staff/password.njk', {
        pageTitle: 'Choose a new password',
        errors: Object.fromEntries(errors.map((e) => [e.field, e.text])),
        errorList: errors.map((e) => ({ text: e.text, href: `#${e.field}` })),
      });
    }),
  );

  router.get(
    '/staff',
    wrap(async (req, res) => {
      const queues = await listQueues(staffOf(req));
      render(res, 'staff/queues.njk', {
        pageTitle: 'Queues',
        activeNav: 'queues',
        queues: queues.map((q) => ({ ...q, name: QUEUE_NAMES[q.queue] })),
        totals: { open: queues.reduce((n, q) => n + q.open, 0), overdue: queues.reduce((n, q) => n + q.overdue, 0) },
        message: typeof req.query.message === 'string' ? req.query.message.slice(0, 200) : undefined,
      });
    }),
  );

  router.get(
    '/staff/queues/:queue',
    wrap(async (req, res) => {
      const pageNumber = Math.max(1, Number.parseInt(String(req.query.page ?? '1'), 10) || 1);
      const page = await listQueue(staffOf(req), req.params.queue!, pageNumber, 25);
      render(res, 'staff/queue.njk', {
        pageTitle: `${QUEUE_NAMES[page.queue]} queue`,
        activeNav: 'queues',
        page,
        queueName: QUEUE_NAMES[page.queue],
        items: page.items.map((i) => ({ ...i, due: dueText(i.minutesLeft) })),
        pages: Math.max(1, Math.ceil(page.total / page.pageSize)),
        nothingLeft: req.query.empty === '1',
      });
    }),
  );

  router.post(
    '/staff/queues/:queue/next',
    verifyCsrf,
    wrap(async (req, res) => {
      try {
        const item = await claimNext(staffOf(req), req.params.queue!, req.ip);
        res.redirect(303, `/staff/referrals/${encodeURIComponent(item.reference)}`);
      } catch (err) {
        if (!(err instanceof NotFound) || !(QUEUES as readonly string[]).includes(req.params.queue!)) throw err;
        res.redirect(303, `/staff/queues/${req.params.queue}?empty=1`);
      }
    }),
  );

  router.get('/staff/referrals/:reference', wrap(async (req, res) => renderReferral(req, res, { decided: req.query.decided === '1', released: req.query.released === '1' })));

  router.post(
    '/staff/referrals/:reference/claim',
    verifyCsrf,
    wrap(async (req, res) => {
      try {
        await claimReferral(staffOf(req), req.params.reference!, req.ip);
      } catch (err) {
        if (!(err instanceof Conflict)) throw err;
        return renderReferral(req, res, { errors: [{ field: 'claim', text: err.detail ?? 'Someone else is working on this referral' }] });
      }
      res.redirect(303, `/staff/referrals/${encodeURIComponent(req.params.reference!)}`);
    }),
  );

  router.post(
    '/staff/referrals/:reference/release',
    verifyCsrf,
    wrap(async (req, res) => {
      await releaseClaim(staffOf(req), req.params.reference!, req.ip);
      res.redirect(303, `/staff/referrals/${encodeURIComponent(req.params.reference!)}?released=1`);
    }),
  );

  router.post(
    '/staff/referrals/:reference/decision',
    verifyCsrf,
    wrap(async (req, res) => {
      const b = req.body as Record<string, string | undefined>;
      const values = { outcome: b.outcome ?? '', rationale: b.rationale ?? '', 'workerScaling-score': b['workerScaling-score'] ?? '', 'workerScaling-rationale': b['workerScaling-rationale'] ?? '' };
      const errors: { field: string; text: string }[] = [];
      if (!(values.outcome in OUTCOME_NAMES)) errors.push({ field: 'outcome', text: 'Select the type of response' });
      if (!values.rationale.trim()) errors.push({ field: 'rationale', text: 'Enter what in the referral led to this decision' });
      if (!/^(10|[0-9])$/.test(values['workerScaling-score'])) errors.push({ field: 'workerScaling-score', text: 'Select your scaling number, from 0 to 10' });
      if (!values['workerScaling-rationale'].trim()) errors.push({ field: 'workerScaling-rationale', text: 'Enter why you chose this number' });
      if (!errors.length) {
        try {
          await decide(
            staffOf(req),
            req.params.reference!,
            {
              outcome: values.outcome as DecisionOutcome,
              rationale: values.rationale,
              workerScaling: { score: Number(values['workerScaling-score']), rationale: values['workerScaling-rationale'] },
            },
            req.ip,
          );
          return res.redirect(303, `/staff/referrals/${encodeURIComponent(req.params.reference!)}?decided=1`);
        } catch (err) {
          if (err instanceof BadRequest) {
            for (const e of err.errors) errors.push({ field: DECISION_FIELDS[e.field] ?? 'outcome', text: `${e.field === 'body' ? 'The decision' : e.field} ${e.message}` });
          } else if (err instanceof Conflict || (err instanceof HttpProblem && err.status === 403)) {
            errors.push({ field: 'outcome', text: err.detail ?? err.title });
          } else throw err;
        }
      }
      res.status(400);
      await renderReferral(req, res, { values, errors });
    }),
  );

  router.get(
    '/staff/overdue',
    wrap(async (req, res) => {
      const staff = staffOf(req);
      if (staff.role !== 'manager') {
        res.status(403);
        return render(res, 'error.njk', { pageTitle: 'Only managers can see this page', lines: ['Ask a First Contact manager for the overdue list.'], link: { href: '/staff', text: 'Back to the queues' } });
      }
      const items = await listOverdue(staff);
      render(res, 'staff/overdue.njk', { pageTitle: 'Overdue referrals', activeNav: 'overdue', items: items.map((i) => ({ ...i, due: dueText(i.minutesLeft), queueName: QUEUE_NAMES[i.queue] })) });
    }),
  );

  router.get(
    '/staff/referrals/:reference/audit',
    wrap(async (req, res) => {
      const entries = await referralAuditTrail(staffOf(req), req.params.reference!);
      render(res, 'staff/audit.njk', { pageTitle: `Audit trail for ${req.params.reference}`, activeNav: 'queues', reference: req.params.reference, entries });
    }),
  );

  // Pages answer "not found" for a reference a member of staff may not read, the same as the API.
  router.use('/staff', (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (err instanceof NotFound) {
      res.status(404);
      return render(res, 'error.njk', { pageTitle: 'Page not found', lines: [err.detail ?? ''], link: { href: '/staff', text: 'Back to the queues' } });
    }
    next(err);
  });
  return router;
}
