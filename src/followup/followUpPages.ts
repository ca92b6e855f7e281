import { pageErrors } from '../web/webCapability';
import type { Express, Request, Response } from 'express';
import { config } from '../platform/config';
import { provideCsrf, verifyCsrf } from '../web/csrf';
import { render } from '../web/render';
import { auditRefusedLink, MAX_ANSWER_LENGTH, openAnswerLink, submitAnswers, type AnswerInput, type LinkProblem } from './followUpService';
import type { Finding } from '../referrals/referralTypes';

const PROBLEM_PAGES: Record<LinkProblem, { status: number; title: string; lines: string[] }> = {
  unknown: {
    status: 404,
    title: 'This link does not work',
    lines: [
      'The link may have been copied wrongly, or it may not be for this service.',
      'Check you copied the whole link from the email. If it still does not work, phone First Contact and quote the reference from the email.',
    ],
  },
  expired: {
    status: 410,
    title: 'This link has expired',
    lines: ['Links to answer our questions only work for a limited time, to keep referrals private.', 'Phone First Contact and quote the reference from the email, and we will take your answers over the phone.'],
  },
  answered: {
    status: 410,
    title: 'These questions have already been answered',
    lines: [
      'Each link can be used once, so the answers cannot be changed or seen again here.',
      'If you have something to add, or did not answer these questions yourself, phone First Contact and quote the reference from the email.',
    ],
  },
};

function problemPage(res: Response, problem: LinkProblem): void {
  const page = PROBLEM_PAGES[problem];
  res.status(page.status);
  render(res, 'followUpProblem.njk', { pageTitle: page.title, lines: page.lines, firstContactPhone: config().FIRST_CONTACT_PHONE });
}

interface QuestionField {
  index: number;
  question: string;
  answer: string;
  dontKnow: boolean;
  error?: string;
}

const fieldsOf = (questions: Finding[], inputs: AnswerInput[] = [], errors: { index: number; text: string }[] = []): QuestionField[] =>
  questions.map((q, index) => ({
    index,
    question: q.question,
    answer: inputs[index]?.answer ?? '',
    dontKnow: inputs[index]?.dontKnow === true,
    ...(errors.find((e) => e.index === index) ? { error: errors.find((e) => e.index === index)!.text } : {}),
  }));

function readAnswers(body: Record<string, unknown>, count: number): AnswerInput[] {
  const text = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) ? String(v[v.length - 1] ?? '') : '');
  return Array.from({ length: count }, (_, i) => ({
    answer: text(body[`answer-${i}`]).slice(0, MAX_ANSWER_LENGTH + 1),
    dontKnow: text(body[`dontKnow-${i}`]) === 'yes',
  }));
}

/** The referrer's answer page: `/follow-up/<token>`. Shows the questions only, never the referral itself. */
export function mountFollowUpPages(app: Express): void {
  app.get('/follow-up/:token', provideCsrf, async (req: Request, res: Response, next) => {
    try {
      const open = await openAnswerLink(req.params.token);
      if ('problem' in open) {
        await auditRefusedLink(open.problem, req.params.token, open.reference, req.ip);
        return problemPage(res, open.problem);
      }
      render(res, 'followUpQuestions.njk', {
        pageTitle: 'Questions about your referral',
        reference: open.reference,
        expiresAt: open.link.expiresAt,
        fields: fieldsOf(open.questions),
        maxLength: MAX_ANSWER_LENGTH,
      });
    } catch (err) {
      pageErrors(err, req, res, next);
    }
  });

  app.post('/follow-up/:token', verifyCsrf, async (req: Request, res: Response, next) => {
    try {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const inputs = readAnswers(body, 20);
      const result = await submitAnswers(req.params.token, inputs, { ip: req.ip });
      if (result.ok) {
        return render(res, 'followUpThanks.njk', { pageTitle: 'Thank you, your answers have been sent', reference: result.reference });
      }
      if ('problem' in result) return problemPage(res, result.problem);
      res.status(400);
      render(res, 'followUpQuestions.njk', {
        pageTitle: 'Questions about your referral',
        reference: result.open.reference,
        expiresAt: result.open.link.expiresAt,
        fields: fieldsOf(result.open.questions, inputs, result.errors),
        errorList: result.errors.map((e) => ({ text: e.text, href: `#answer-${e.index}` })),
        maxLength: MAX_ANSWER_LENGTH,
      });
    } catch (err) {
      pageErrors(err, req, res, next);
    }
  });
}
