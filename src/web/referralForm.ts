import { ZodError, type ZodIssue } from 'zod';
import type { AssessmentType, Finding, ReferralSubmission } from '../referrals/referralTypes';
import { termsFor } from '../specifics/assessmentTerms';

/**
 * The referral form as flat fields (`referrer-email`, `child-0-firstName`, `worried-pastHarm`): each name is also
 * the element's id, so an error or a prompt links straight to its field. Statements are typed one per line.
 */
export type FormValues = Record<string, string>;

export interface FieldError {
  field: string;
  text: string;
}

export const MAX_CHILDREN = 10;
export const MAX_HOUSEHOLD = 20;

export const CHILD_FIELDS = ['firstName', 'lastName', 'dob-day', 'dob-month', 'dob-year', 'estimatedAge', 'gender', 'address', 'postcode', 'school', 'languages', 'disability'] as const;
export const HOUSEHOLD_FIELDS = ['name', 'relationship', 'livesWithChild'] as const;

/** The statement boxes, in form order: field id -> where it lives in the submission. */
export const STATEMENT_FIELDS = [
  ['worried-pastHarm', 'worried', 'pastHarm'],
  ['worried-futureDanger', 'worried', 'futureDanger'],
  ['worried-complicatingFactors', 'worried', 'complicatingFactors'],
  ['workingWell-strengths', 'workingWell', 'strengths'],
  ['workingWell-existingSafety', 'workingWell', 'existingSafety'],
  ['needsToHappen-goals', 'needsToHappen', 'goals'],
  ['needsToHappen-nextSteps', 'needsToHappen', 'nextSteps'],
] as const;

const REFERRER_FIELDS = ['name', 'role', 'organisation', 'agency', 'email', 'phone'] as const;
const AGENCIES = ['school', 'health', 'police', 'housing', 'voluntary', 'other'] as const;
const ASSESSMENT_TYPES: AssessmentType[] = ['child-protection', 'early-help', 'child-in-care'];

const clampCount = (raw: string | undefined, max: number): number => {
  const n = Number.parseInt(raw ?? '1', 10);
  return Number.isFinite(n) ? Math.min(Math.max(n, 1), max) : 1;
};

/** Keeps only the fields the form knows, as strings, so a re-rendered form shows exactly what was typed. */
export function readForm(body: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  const take = (name: string) => {
    const v = body[name];
    const s = Array.isArray(v) ? v[v.length - 1] : v;
    if (typeof s === 'string') values[name] = s.slice(0, 20000);
  };
  values.childCount = String(clampCount(body.childCount as string, MAX_CHILDREN));
  values.householdCount = String(clampCount(body.householdCount as string, MAX_HOUSEHOLD));
  for (const name of ['formId', 'assessmentType', 'immediateRisk', 'consent-parentsAware', 'consent-consentGiven', 'consent-reasonIfNot', 'childVoice', 'scaling-score', 'scaling-rationale']) take(name);
  for (const f of REFERRER_FIELDS) take(`referrer-${f}`);
  for (const [id] of STATEMENT_FIELDS) take(id);
  for (let i = 0; i < Number(values.childCount); i++) for (const f of CHILD_FIELDS) take(`child-${i}-${f}`);
  for (let i = 0; i < Number(values.householdCount); i++) for (const f of HOUSEHOLD_FIELDS) take(`household-${i}-${f}`);
  if (values.formId && !/^[A-Za-z0-9-]{8,64}$/.test(values.formId)) delete values.formId;
  return values;
}

/** Every field id in form order: the error summary lists problems in the order the fields appear. */
export function fieldOrder(values: FormValues): string[] {
  const ids = ['assessmentType', 'immediateRisk', ...REFERRER_FIELDS.map((f) => `referrer-${f}`)];
  for (let i = 0; i < Number(values.childCount ?? 1); i++) ids.push(...CHILD_FIELDS.map((f) => `child-${i}-${f}`));
  for (let i = 0; i < Number(values.householdCount ?? 1); i++) ids.push(...HOUSEHOLD_FIELDS.map((f) => `household-${i}-${f}`));
  ids.push('consent-parentsAware', 'consent-consentGiven', 'consent-reasonIfNot');
  ids.push(...STATEMENT_FIELDS.map(([id]) => id), 'childVoice', 'scaling-score', 'scaling-rationale');
  return ids;
}

export const statementsOf = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

const blank = (s: string | undefined) => !s || !s.trim();
const opt = (s: string | undefined) => (blank(s) ? undefined : s!.trim());
const yesNo = (s: string | undefined) => (s === 'yes' ? true : s === 'no' ? false : undefined);

function childRowEmpty(values: FormValues, i: number): boolean {
  return CHILD_FIELDS.every((f) => blank(values[`child-${i}-${f}`]));
}

function householdRowEmpty(values: FormValues, i: number): boolean {
  return blank(values[`household-${i}-name`]) && blank(values[`household-${i}-relationship`]);
}

function childLabel(values: FormValues, i: number): string {
  return Number(values.childCount) > 1 ? `child ${i + 1}` : 'the child';
}

/** Turns the form into a submission. Problems zod cannot see (a half-typed date, an age in words) come back as errors. */
export function toSubmission(values: FormValues): { submission: ReferralSubmission; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const children: ReferralSubmission['children'] = [];
  const childIndex: number[] = [];
  for (let i = 0; i < Number(values.childCount); i++) {
    if (i > 0 && childRowEmpty(values, i)) continue;
    const v = (f: string) => values[`child-${i}-${f}`];
    const child: ReferralSubmission['children'][number] = { firstName: (v('firstName') ?? '').trim() };
    const [day, month, year] = [v('dob-day'), v('dob-month'), v('dob-year')].map((s) => (s ?? '').trim());
    if (day || month || year) {
      const ok = /^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year);
      const iso = ok ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : '';
      const date = new Date(`${iso}T00:00:00Z`);
      if (!ok || Number.isNaN(date.getTime()) || !date.toISOString().startsWith(iso)) {
        errors.push({ field: `child-${i}-dob-day`, text: `Date of birth for ${childLabel(values, i)} must be a real date, like 27 3 2017` });
      } else if (date.getTime() > Date.now()) {
        errors.push({ field: `child-${i}-dob-day`, text: `Date of birth for ${childLabel(values, i)} must be in the past` });
      } else child.dateOfBirth = iso;
    }
    const age = opt(v('estimatedAge'));
    if (age !== undefined) {
      if (!/^\d{1,2}$/.test(age) || Number(age) > 25) errors.push({ field: `child-${i}-estimatedAge`, text: `Age of ${childLabel(values, i)} must be a whole number of years, from 0 to 25` });
      else child.estimatedAge = Number(age);
    }
    for (const f of ['lastName', 'gender', 'address', 'postcode', 'school', 'disability'] as const) {
      const s = opt(v(f));
      if (s !== undefined) child[f] = s;
    }
    const languages = (v('languages') ?? '')
      .split(/[,\n]/)
      .map((s) => s.trim())
      .filter(Boolean);
    if (languages.length) child.languages = languages;
    children.push(child);
    childIndex.push(i);
  }

  const household: NonNullable<ReferralSubmission['household']> = [];
  const householdIndex: number[] = [];
  for (let i = 0; i < Number(values.householdCount); i++) {
    if (householdRowEmpty(values, i)) continue;
    const member: NonNullable<ReferralSubmission['household']>[number] = { name: (values[`household-${i}-name`] ?? '').trim() };
    const rel = opt(values[`household-${i}-relationship`]);
    if (rel) member.relationship = rel;
    const lives = yesNo(values[`household-${i}-livesWithChild`]);
    if (lives !== undefined) member.livesWithChild = lives;
    household.push(member);
    householdIndex.push(i);
  }

  const submission: ReferralSubmission = {
    referrer: {
      name: values['referrer-name'] ?? '',
      organisation: values['referrer-organisation'] ?? '',
      agency: values['referrer-agency'] as ReferralSubmission['referrer']['agency'],
      email: (values['referrer-email'] ?? '').trim(),
    },
    children,
    worried: {},
  };
  if (ASSESSMENT_TYPES.includes(values.assessmentType as AssessmentType)) submission.assessmentType = values.assessmentType as AssessmentType;
  const risk = yesNo(values.immediateRisk);
  if (risk !== undefined) submission.immediateRisk = risk;
  if (!AGENCIES.includes(submission.referrer.agency)) delete (submission.referrer as Partial<ReferralSubmission['referrer']>).agency;
  const role = opt(values['referrer-role']);
  if (role) submission.referrer.role = role;
  const phone = opt(values['referrer-phone']);
  if (phone) submission.referrer.phone = phone;
  if (household.length) submission.household = household;

  const consent: NonNullable<ReferralSubmission['consent']> = {};
  const aware = yesNo(values['consent-parentsAware']);
  const given = yesNo(values['consent-consentGiven']);
  const reason = opt(values['consent-reasonIfNot']);
  if (aware !== undefined) consent.parentsAware = aware;
  if (given !== undefined) consent.consentGiven = given;
  if (reason) consent.reasonIfNot = reason;
  if (Object.keys(consent).length) submission.consent = consent;

  for (const [id, column, key] of STATEMENT_FIELDS) {
    const list = statementsOf(values[id]);
    if (!list.length) continue;
    const col = ((submission as unknown as Record<string, Record<string, string[]>>)[column] ??= {});
    col[key] = list;
  }
  const voice = statementsOf(values.childVoice);
  if (voice.length) submission.childVoice = voice;

  const score = opt(values['scaling-score']);
  const rationale = opt(values['scaling-rationale']);
  if (score !== undefined && /^(10|[0-9])$/.test(score)) {
    submission.scaling = { score: Number(score) };
    if (rationale) submission.scaling.rationale = rationale;
  } else if (rationale) {
    errors.push({ field: 'scaling-score', text: 'Choose a number from 0 to 10 to go with your reason' });
  }
  formRows.set(submission, { children: childIndex, household: householdIndex });
  return { submission, errors };
}

/** The form row a submission's children[n] came from (blank extra rows are skipped). */
export function childRow(submission: ReferralSubmission, n: number): number {
  return rowsOf(submission).children[n] ?? n;
}

const formRows = new WeakMap<ReferralSubmission, { children: number[]; household: number[] }>();
const rowsOf = (submission: ReferralSubmission) => formRows.get(submission) ?? { children: [], household: [] };

const REQUIRED: Record<string, string> = {
  'referrer-name': 'Enter your full name',
  'referrer-organisation': 'Enter the name of your organisation',
  'referrer-agency': 'Select the kind of organisation you work for',
  'referrer-email': 'Enter an email address in the correct format, like name@school.sch.uk',
};

const LABELS: Record<string, string> = {
  'referrer-role': 'Your role',
  'referrer-phone': 'Your phone number',
  'consent-reasonIfNot': 'The reason parents were not told',
  childVoice: "The child's words",
  'scaling-rationale': 'The reason for your number',
  'worried-pastHarm': 'What has happened',
  'worried-futureDanger': 'What you fear will happen',
  'worried-complicatingFactors': 'Complicating factors',
  'workingWell-strengths': 'Strengths',
  'workingWell-existingSafety': 'Existing safety',
  'needsToHappen-goals': 'Goals',
  'needsToHappen-nextSteps': 'Next steps',
};

/** A zod issue path as the form field that holds it. */
function fieldOfIssue(issue: ZodIssue, submission: ReferralSubmission): { field: string; statement?: number } {
  const [a, b, c] = issue.path;
  if (a === 'referrer') return { field: `referrer-${String(b)}` };
  if (a === 'children' && typeof b === 'number') {
    const row = childRow(submission, b);
    const f = c === 'dateOfBirth' ? 'dob-day' : String(c ?? 'firstName');
    return { field: `child-${row}-${f}` };
  }
  if (a === 'children') return { field: 'child-0-firstName' };
  if (a === 'household' && typeof b === 'number') {
    const row = rowsOf(submission).household[b] ?? b;
    return { field: `household-${row}-${String(c ?? 'name')}` };
  }
  if (a === 'consent') return { field: c === undefined && b !== 'reasonIfNot' ? 'consent-parentsAware' : 'consent-reasonIfNot' };
  if (a === 'worried' && b === undefined) return { field: 'worried-pastHarm' };
  if ((a === 'worried' || a === 'workingWell' || a === 'needsToHappen') && typeof b === 'string') return { field: `${a}-${b}`, statement: typeof c === 'number' ? c : undefined };
  if (a === 'childVoice') return { field: 'childVoice', statement: typeof b === 'number' ? b : undefined };
  if (a === 'scaling') return { field: b === 'rationale' ? 'scaling-rationale' : 'scaling-score' };
  return { field: 'referrer-name' };
}

/** GOV.UK-style messages for each zod issue, keyed to the form's field ids. */
export function zodErrors(err: ZodError, submission: ReferralSubmission, values: FormValues): FieldError[] {
  return err.issues.map((issue) => {
    const { field, statement } = fieldOfIssue(issue, submission);
    if (REQUIRED[field]) return { field, text: REQUIRED[field] };
    const child = /^child-(\d+)-firstName$/.exec(field);
    if (child) return { field, text: `Enter the first name of ${childLabel(values, Number(child[1]))}` };
    if (/^household-\d+-name$/.test(field)) return { field, text: 'Enter the name of each person in the household, or clear the row' };
    if (field === 'worried-pastHarm' && issue.path.length === 1) {
      return { field, text: 'Tell us at least one thing you are worried about: what has happened, or what you fear will happen' };
    }
    const label = LABELS[field] ?? 'This answer';
    const where = statement !== undefined ? ` (line ${statement + 1})` : '';
    return { field, text: `${label}${where} ${issue.message}` };
  });
}

export function sortErrors(errors: FieldError[], values: FormValues): FieldError[] {
  const order = fieldOrder(values);
  const seen = new Set<string>();
  return errors
    .filter((e) => (seen.has(e.field) ? false : (seen.add(e.field), true)))
    .sort((x, y) => order.indexOf(x.field) - order.indexOf(y.field));
}

/** Where a finding's prompt goes on the form: the field it links to, the box it sits under, and the statement it quotes. */
export interface Prompt {
  field: string;
  box: string;
  question: string;
  severity: Finding['severity'];
  code: Finding['code'];
  quote?: string;
}

function parsePath(path: string): (string | number)[] {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

export function promptFor(finding: Finding, submission: ReferralSubmission): Prompt {
  const [a, b, c] = parsePath(finding.path);
  const base = { question: finding.question || finding.message, severity: finding.severity, code: finding.code };
  const quoteOf = (list: string[] | undefined, i: unknown) => (typeof i === 'number' ? list?.[i] : undefined);
  if ((a === 'worried' || a === 'workingWell' || a === 'needsToHappen') && typeof b === 'string') {
    const field = `${a}-${b}`;
    const list = (submission as unknown as Record<string, Record<string, string[]> | undefined>)[a]?.[b];
    return { ...base, field, box: field, quote: quoteOf(list, c) };
  }
  if (a === 'worried') return { ...base, field: 'worried-pastHarm', box: 'worried-pastHarm' };
  if (a === 'workingWell') return { ...base, field: 'workingWell-strengths', box: 'workingWell-strengths' };
  if (a === 'needsToHappen') return { ...base, field: 'needsToHappen-goals', box: 'needsToHappen-goals' };
  if (a === 'childVoice') return { ...base, field: 'childVoice', box: 'childVoice', quote: quoteOf(submission.childVoice, b) };
  if (a === 'scaling') {
    const field = submission.scaling ? 'scaling-rationale' : 'scaling-score';
    return { ...base, field, box: 'scaling' };
  }
  if (a === 'consent') return { ...base, field: submission.consent?.parentsAware === undefined ? 'consent-parentsAware' : 'consent-reasonIfNot', box: 'consent' };
  if (a === 'children') {
    const row = typeof b === 'number' ? childRow(submission, b) : 0;
    const child = typeof b === 'number' ? submission.children[b] : undefined;
    const field = c === 'address' || c === 'postcode' || (child && (child.dateOfBirth || child.estimatedAge !== undefined)) ? `child-${row}-address` : `child-${row}-dob-day`;
    return { ...base, field, box: `child-${row}` };
  }
  if (a === 'household') return { ...base, field: 'household-0-name', box: 'household' };
  if (a === 'referrer') return { ...base, field: `referrer-${String(b ?? 'name')}`, box: 'referrer' };
  return { ...base, field: 'worried-pastHarm', box: 'worried-pastHarm' };
}

/** Prompts in the order their fields appear, asks before notes within a field. */
export function promptsFor(findings: Finding[], submission: ReferralSubmission, values: FormValues): Prompt[] {
  const order = fieldOrder(values);
  return findings
    .map((f) => promptFor(f, submission))
    .sort((x, y) => order.indexOf(x.field) - order.indexOf(y.field) || (x.severity === y.severity ? 0 : x.severity === 'ask' ? -1 : 1));
}

/** The words this assessment type uses, capitalised for headings. */
export function headingTerms(type: string | undefined) {
  const t = termsFor(ASSESSMENT_TYPES.includes(type as AssessmentType) ? (type as AssessmentType) : undefined);
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return {
    framework: t.framework,
    pastHarm: cap(t.pastHarm),
    dangerStatement: t.dangerStatement,
    DangerStatement: cap(t.dangerStatement),
    goals: t.goals,
    Goals: cap(t.goals),
    existingSafety: t.existingSafety,
    ExistingSafety: cap(t.existingSafety),
  };
}

export const allTerms = () => Object.fromEntries(ASSESSMENT_TYPES.map((t) => [t, headingTerms(t)]));

export { ZodError };
