import { isDuplicateKey } from '../platform/db/database';
import { recordAudit } from '../audit/auditService';
import { checkSpecifics } from '../specifics/checkSpecifics';
import { selectFollowUpQuestions } from '../specifics/followUpQuestions';
import type { Finding, ReferralSubmission } from '../referrals/referralTypes';
import { answerToken, findAnswerLink, tokenHash } from './answerLinks';
import { FollowUpAnswerModel, FollowUpLinkModel, type AnsweredQuestion, type FollowUpAnswerRecord, type FollowUpLinkRecord } from './followUpModels';
import { findReferral, mailStatusFor, type ReferralMailStatus } from './mailWorker';

/** At most this many questions: a referrer who gets twenty answers none. */
export const MAX_QUESTIONS = 5;
export const MAX_ANSWER_LENGTH = 4000;

export type LinkProblem = 'unknown' | 'expired' | 'answered';

export interface OpenLink {
  link: FollowUpLinkRecord;
  reference: string;
  questions: Finding[];
}

/** What the referral's follow-up email asks, most important first. */
export function followUpQuestionsOf(findings: Finding[]): Finding[] {
  return selectFollowUpQuestions(findings, MAX_QUESTIONS);
}

/** Resolves a token to its referral's questions, or says why it cannot be used. */
export async function openAnswerLink(token: string, now = new Date()): Promise<OpenLink | { problem: LinkProblem; reference?: string }> {
  const link = await findAnswerLink(token);
  if (!link) return { problem: 'unknown' };
  if (await FollowUpAnswerModel.exists({ _id: link.reference })) return { problem: 'answered', reference: link.reference };
  if (new Date(link.expiresAt) <= now) return { problem: 'expired', reference: link.reference };
  const referral = await findReferral(link.reference);
  if (!referral || referral.followUpEmail?.messageId !== link.messageId) return { problem: 'unknown', reference: link.reference };
  return { link, reference: link.reference, questions: followUpQuestionsOf(JSON.parse(referral.findings) as Finding[]) };
}

/** Audit for a link that could not be used. Never the token: a hash prefix is enough to tell links apart. */
export async function auditRefusedLink(problem: LinkProblem, token: string, reference: string | undefined, ip: string | undefined): Promise<void> {
  await recordAudit({
    actor: { kind: 'referrer', id: 'answer-link' },
    action: 'follow-up-link-refused',
    ...(reference ? { reference } : {}),
    ...(ip ? { ip } : {}),
    detail: `${problem}; link ${tokenHash(token).slice(0, 12)}`,
  });
}

export interface AnswerInput {
  answer?: string;
  dontKnow?: boolean;
}

export type SubmitResult =
  | { ok: true; reference: string }
  | { ok: false; problem: LinkProblem; reference?: string }
  | { ok: false; errors: { index: number; text: string }[]; open: OpenLink };

/**
 * Stores the referrer's answers once. The insert of `followUpAnswers` `_id` = reference is what uses the link up:
 * a second or racing submission is refused by the unique `_id`, on MongoDB and FerretDB alike.
 */
export async function submitAnswers(token: string, inputs: AnswerInput[], ctx: { ip?: string; now?: Date } = {}): Promise<SubmitResult> {
  const now = ctx.now ?? new Date();
  const open = await openAnswerLink(token, now);
  if ('problem' in open) {
    await auditRefusedLink(open.problem, token, open.reference, ctx.ip);
    return { ok: false, problem: open.problem, reference: open.reference };
  }
  const errors: { index: number; text: string }[] = [];
  const given = open.questions.map((_, i) => {
    const answer = (inputs[i]?.answer ?? '').trim();
    const dontKnow = inputs[i]?.dontKnow === true;
    if (!answer && !dontKnow) errors.push({ index: i, text: `Answer question ${i + 1}, or tick "I don't know"` });
    else if (answer.length > MAX_ANSWER_LENGTH) errors.push({ index: i, text: `Answer ${i + 1} must be ${MAX_ANSWER_LENGTH} characters or fewer` });
    return { answer, dontKnow: dontKnow && !answer };
  });
  if (errors.length) return { ok: false, errors, open };

  const referral = await findReferral(open.reference);
  if (!referral) return { ok: false, problem: 'unknown' };
  const submission = JSON.parse(referral.submission) as ReferralSubmission;
  const recheck = recheckWithAnswers(submission, open.questions, given);
  const record: FollowUpAnswerRecord = {
    _id: open.reference,
    messageId: open.link.messageId,
    answeredAt: now,
    questions: recheck.questions,
    amendedSubmission: JSON.stringify(recheck.amended),
    findingsAfter: JSON.stringify(recheck.findingsAfter),
    specificsScoreAfter: recheck.specificsScoreAfter,
  };
  try {
    await FollowUpAnswerModel.collection.insertOne(record as never);
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    await auditRefusedLink('answered', token, open.reference, ctx.ip);
    return { ok: false, problem: 'answered', reference: open.reference };
  }
  const resolved = recheck.questions.filter((q) => q.resolved).map((q) => q.code);
  await recordAudit({
    actor: { kind: 'referrer', id: 'answer-link' },
    action: 'follow-up-answered',
    reference: open.reference,
    ...(ctx.ip ? { ip: ctx.ip } : {}),
    detail: `${recheck.questions.length} questions; resolved ${resolved.join(', ') || 'none'}`,
  });
  return { ok: true, reference: open.reference };
}

// --- Running the check again with the answers -------------------------------------------------------------------

type Segment = string | number;
const parsePath = (path: string): Segment[] =>
  path.split('.').flatMap((part) => {
    const m = part.match(/^([^[]+)((?:\[\d+\])*)$/);
    if (!m) return [part];
    return [m[1], ...[...m[2].matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]))];
  });

const COLUMN_FIRST_FIELD: Record<string, string> = { worried: 'pastHarm', workingWell: 'strengths', needsToHappen: 'goals' };
/** The check cannot read these from free text (a date of birth, a consent decision); the referrer's answer is the fact. */
const ANSWER_IS_THE_FACT = new Set(['CHILD_DETAILS_MISSING', 'CONSENT_UNCLEAR']);

/** Adds one answer to the submission where it belongs: after the statement it answers, or as a new statement. */
export function addAnswer(submission: ReferralSubmission, finding: Finding, answer: string, mode: 'append' | 'replace' = 'append'): ReferralSubmission {
  const s = structuredClone(submission) as unknown as Record<string, unknown>;
  const segments = parsePath(finding.path);
  const last = segments[segments.length - 1];
  const parentOf = (segs: Segment[]) => segs.reduce<Record<string | number, unknown> | undefined>((node, seg) => (node?.[seg] as Record<string | number, unknown>) ?? undefined, s as never);

  if (typeof last === 'number') {
    const parent = parentOf(segments.slice(0, -1)) as unknown as unknown[] | undefined;
    if (Array.isArray(parent) && typeof parent[last] === 'string') {
      parent[last] = mode === 'replace' ? answer : `${parent[last]} ${answer}`;
      return s as unknown as ReferralSubmission;
    }
  }
  if (finding.path === 'scaling') {
    const score = answer.match(/\b(10|[0-9])\b/);
    const scaling = (s.scaling as { score?: number; rationale?: string } | undefined) ?? {};
    s.scaling = { ...scaling, ...(scaling.score === undefined && score ? { score: Number(score[1]) } : {}), rationale: [scaling.rationale, answer].filter(Boolean).join(' ') };
    return s as unknown as ReferralSubmission;
  }
  if (finding.path === 'consent') {
    s.consent = { ...((s.consent as object) ?? {}), reasonIfNot: answer };
    return s as unknown as ReferralSubmission;
  }
  const arrayPath = segments.length === 1 && COLUMN_FIRST_FIELD[finding.path] ? [finding.path, COLUMN_FIRST_FIELD[finding.path]] : segments;
  if (arrayPath.every((x) => typeof x === 'string')) {
    let node = s;
    for (const seg of arrayPath.slice(0, -1)) node = (node[seg as string] ??= {}) as Record<string, unknown>;
    const key = arrayPath[arrayPath.length - 1] as string;
    const list = (node[key] as string[] | undefined) ?? [];
    // "How often" and "the worst time" belong with the harm already described, not in a statement of their own.
    if (list.length && (finding.code === 'NO_FREQUENCY' || finding.code === 'NO_WORST_INCIDENT')) list[0] = `${list[0]} ${answer}`;
    else list.push(answer);
    node[key] = list;
  }
  return s as unknown as ReferralSubmission;
}

const sameFinding = (a: Finding, b: Finding) =>
  a.code === b.code && a.path === b.path && (a.term ?? '').toLowerCase() === (b.term ?? '').toLowerCase();

export function recheckWithAnswers(submission: ReferralSubmission, questions: Finding[], given: { answer: string; dontKnow: boolean }[]) {
  let amended = submission;
  questions.forEach((q, i) => {
    if (given[i]?.answer) amended = addAnswer(amended, q, given[i].answer);
  });
  const after = checkSpecifics(amended);
  const answered: AnsweredQuestion[] = questions.map((q, i) => {
    const { answer, dontKnow } = given[i] ?? { answer: '', dontKnow: true };
    let resolved = false;
    if (answer) {
      const stillThere = after.findings.some((f) => sameFinding(f, q));
      // A label stays in the referrer's own words; it is resolved when the answer, read in its place, describes the behaviour.
      const clearedInPlace = !checkSpecifics(addAnswer(submission, q, answer, 'replace')).findings.some((f) => sameFinding(f, q));
      resolved = !stillThere || clearedInPlace || ANSWER_IS_THE_FACT.has(q.code);
    }
    return { code: q.code, path: q.path, ...(q.term ? { term: q.term } : {}), question: q.question, ...(answer ? { answer } : {}), dontKnow, resolved };
  });
  const findingsAfter = after.findings.filter((f) => !answered.some((q) => q.resolved && sameFinding(f, q as unknown as Finding)));
  return { amended, questions: answered, findingsAfter, specificsScoreAfter: after.specificsScore };
}

// --- For staff --------------------------------------------------------------------------------------------------

export interface FollowUpView {
  reference: string;
  /** none: nothing to ask; waiting: asked, not answered yet; answered. */
  status: 'none' | 'waiting' | 'answered';
  email: ReferralMailStatus;
  /** The questions asked, each with its answer beside it once answered. */
  questions: AnsweredQuestion[];
  answeredAt?: Date;
  resolvedCodes: string[];
  /** The findings still open after the answers, and the score the check gives the amended referral. */
  findingsAfter?: Finding[];
  specificsScoreAfter?: number;
  /** When the answer link stops working (while waiting). */
  linkExpiresAt?: Date;
}

/** For the triage view: questions and answers side by side. Reads by `_id` only. */
export async function followUpFor(reference: string): Promise<FollowUpView | null> {
  const referral = await findReferral(reference);
  if (!referral) return null;
  const email = await mailStatusFor(reference);
  const answers = await FollowUpAnswerModel.findById(reference).lean<FollowUpAnswerRecord>();
  if (answers) {
    return {
      reference,
      status: 'answered',
      email,
      questions: answers.questions,
      answeredAt: answers.answeredAt,
      resolvedCodes: answers.questions.filter((q) => q.resolved).map((q) => q.code),
      findingsAfter: JSON.parse(answers.findingsAfter) as Finding[],
      specificsScoreAfter: answers.specificsScoreAfter,
    };
  }
  if (!referral.followUpEmail) return { reference, status: 'none', email, questions: [], resolvedCodes: [] };
  const questions = followUpQuestionsOf(JSON.parse(referral.findings) as Finding[]).map((q) => ({
    code: q.code,
    path: q.path,
    ...(q.term ? { term: q.term } : {}),
    question: q.question,
    dontKnow: false,
    resolved: false,
  }));
  const link = await FollowUpLinkModel.findById(tokenHash(answerToken(referral.followUpEmail.messageId))).lean<FollowUpLinkRecord>();
  return { reference, status: 'waiting', email, questions, resolvedCodes: [], ...(link ? { linkExpiresAt: link.expiresAt } : {}) };
}
