import { Router, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import { ZodError } from 'zod';
import { checkReferral, findReferralRecord, parseSubmission, submitReferral } from '../referrals/referralService';
import { Unprocessable } from '../platform/errors';
import { verifyCsrf, signValue, sameSignature } from './csrf';
import { render } from './render';
import {
  MAX_CHILDREN,
  MAX_HOUSEHOLD,
  CHILD_FIELDS,
  STATEMENT_FIELDS,
  HOUSEHOLD_FIELDS,
  allTerms,
  headingTerms,
  promptsFor,
  readForm,
  sortErrors,
  toSubmission,
  zodErrors,
  type FieldError,
  type FormValues,
  type Prompt,
} from './referralForm';

const SCALE_ENDS: Record<number, string> = {
  0: '0 - things are so bad the child must be taken into care now',
  10: '10 - the child is safe enough for everyone to stop worrying',
};

function renderForm(res: Response, values: FormValues, opts: { stage?: 'form' | 'check'; errors?: FieldError[]; prompts?: Prompt[] } = {}): void {
  const errors = sortErrors(opts.errors ?? [], values);
  const byBox: Record<string, { quote?: string; questions: string[] }[]> = {};
  for (const p of opts.prompts ?? []) {
    const groups = (byBox[p.box] ??= []);
    let group = groups.find((g) => g.quote === p.quote);
    if (!group) groups.push((group = { quote: p.quote, questions: [] }));
    if (!group.questions.includes(p.question)) group.questions.push(p.question);
  }
  if (errors.length) res.status(400);
  render(res, 'referral-form.njk', {
    stage: opts.stage ?? 'form',
    v: values,
    errors: Object.fromEntries(errors.map((e) => [e.field, e.text])),
    errorList: errors.map((e) => ({ text: e.text, href: `#${e.field}` })),
    prompts: byBox,
    promptList: opts.prompts ?? [],
    t: headingTerms(values.assessmentType),
    termsJson: JSON.stringify(allTerms()).replace(/</g, '\\u003c'),
    // The live prompts script reads the same field map the server uses, rather than keeping its own copy.
    statementFieldsJson: JSON.stringify(STATEMENT_FIELDS),
    maxChildren: MAX_CHILDREN,
    maxHousehold: MAX_HOUSEHOLD,
    scaleItems: Array.from({ length: 11 }, (_, n) => ({ value: String(n), text: SCALE_ENDS[n] ?? String(n), checked: values['scaling-score'] === String(n) })),
    scripts: ['referral.js'],
  });
}

/** Removes row `index` of a repeating group and moves later rows up. */
function removeRow(values: FormValues, prefix: string, fields: readonly string[], countKey: string, index: number): void {
  const count = Number(values[countKey]);
  if (index < 1 || index >= count) return;
  for (let i = index; i < count; i++) {
    for (const f of fields) {
      const next = values[`${prefix}-${i + 1}-${f}`];
      if (next === undefined) delete values[`${prefix}-${i}-${f}`];
      else values[`${prefix}-${i}-${f}`] = next;
    }
  }
  for (const f of fields) delete values[`${prefix}-${count - 1}-${f}`];
  values[countKey] = String(count - 1);
}

function confirmationLink(reference: string): string {
  return `/referral/sent/${encodeURIComponent(reference)}?t=${signValue(reference, 'sent')}`;
}

async function handlePost(req: Request, res: Response): Promise<void> {
  const values = readForm(req.body ?? {});
  values.formId ??= randomUUID();
  const action = typeof req.body?.action === 'string' ? (req.body.action as string) : 'check';

  if (action === 'add-child' || action === 'add-person') {
    const key = action === 'add-child' ? 'childCount' : 'householdCount';
    values[key] = String(Math.min(Number(values[key]) + 1, action === 'add-child' ? MAX_CHILDREN : MAX_HOUSEHOLD));
    return renderForm(res, values);
  }
  const removeChild = /^remove-child-(\d+)$/.exec(action);
  if (removeChild) {
    removeRow(values, 'child', CHILD_FIELDS, 'childCount', Number(removeChild[1]));
    return renderForm(res, values);
  }
  const removePerson = /^remove-person-(\d+)$/.exec(action);
  if (removePerson) {
    removeRow(values, 'household', HOUSEHOLD_FIELDS, 'householdCount', Number(removePerson[1]));
    return renderForm(res, values);
  }
  if (action === 'terms') return renderForm(res, values);

  const { submission, errors } = toSubmission(values);
  let parsed;
  try {
    parsed = parseSubmission(submission);
  } catch (err) {
    if (!(err instanceof ZodError)) throw err;
    return renderForm(res, values, { errors: [...errors, ...zodErrors(err, submission, values)] });
  }
  if (errors.length) return renderForm(res, values, { errors });

  if (action === 'send') {
    try {
      const receipt = await submitReferral(parsed, { owner: 'web', channel: 'web', idempotencyKey: values.formId });
      res.redirect(303, confirmationLink(receipt.reference));
      return;
    } catch (err) {
      if (!(err instanceof Unprocessable)) throw err;
      // The same form was sent before with other text (back button, edit, send): start it as a new referral.
      values.formId = randomUUID();
      const result = checkReferral(parsed);
      return renderForm(res, values, {
        stage: 'check',
        prompts: promptsFor(result.findings, submission, values),
        errors: [{ field: 'send-referral', text: 'You already sent this referral. If you changed it, send it again as a new referral.' }],
      });
    }
  }
  const result = checkReferral(parsed);
  renderForm(res, values, { stage: 'check', prompts: promptsFor(result.findings, submission, values) });
}

export function referralPages(): Router {
  const router = Router();
  router.get('/', (_req, res) => render(res, 'index.njk', { pageTitle: 'Make a safeguarding referral for a child' }));
  router.get('/referral', (_req, res) => renderForm(res, { formId: randomUUID(), childCount: '1', householdCount: '1' }));
  router.post('/referral', verifyCsrf, (req, res, next) => {
    handlePost(req, res).catch(next);
  });
  router.get('/referral/sent/:reference', async (req, res, next) => {
    try {
      const reference = req.params.reference;
      const token = typeof req.query.t === 'string' ? req.query.t : '';
      const record = sameSignature(token, signValue(reference, 'sent')) ? await findReferralRecord(reference) : null;
      if (!record) {
        res.status(404);
        return render(res, 'error.njk', { pageTitle: 'Page not found', lines: ['If you sent a referral, check the reference in your browser history or call First Contact.'] });
      }
      render(res, 'confirmation.njk', { reference: record._id, decisionDueAt: record.decisionDueAt });
    } catch (err) {
      next(err);
    }
  });
  return router;
}
