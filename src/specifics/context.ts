import type { AssessmentType, Finding, ReferralSubmission } from '../referrals/referralTypes';
import { termsFor, type AssessmentTerms } from './assessmentTerms';
import { tokenize, type Token } from './phraseIndex';
import { maskSpans, quotedSpans, type Span } from './text';

export type Column = 'worried' | 'workingWell' | 'needsToHappen';

export interface Statement {
  /** JSON path, e.g. `worried.pastHarm[1]`. */
  path: string;
  column: Column;
  field: string;
  text: string;
  /** Quoted speech, e.g. the child's words the referrer copied in. */
  quotes: Span[];
  /** The text with quoted speech blanked out: labels inside someone else's words are not the referrer's. */
  ownWords: string;
  /** The words of `ownWords`, tokenised once for all the lexicon rules. */
  tokens: Token[];
}

export interface SpecificsContext {
  referral: ReferralSubmission;
  assessmentType: AssessmentType;
  terms: AssessmentTerms;
  /** "Maya", "Maya and Leo", or "the children" / "the child" when names are missing. */
  childName: string;
  childFirstNames: string[];
  /** The children's first names in lower case, for word lookups. */
  childNameWords: Set<string>;
  /** Every name the form gives as a name: the referrer, the household and the children. */
  givenNames: string[];
  statements: Statement[];
  pastHarm: Statement[];
}

const FIELDS: Array<[Column, string]> = [
  ['worried', 'pastHarm'],
  ['worried', 'futureDanger'],
  ['worried', 'complicatingFactors'],
  ['workingWell', 'strengths'],
  ['workingWell', 'existingSafety'],
  ['needsToHappen', 'goals'],
  ['needsToHappen', 'nextSteps'],
];

function makeStatement(path: string, column: Column, field: string, text: string): Statement {
  const quotes = quotedSpans(text);
  const ownWords = maskSpans(text, quotes);
  return { path, column, field, text, quotes, ownWords, tokens: tokenize(ownWords) };
}

function listAt(referral: ReferralSubmission, column: Column, field: string): unknown[] {
  const columnValue = (referral as unknown as Record<string, Record<string, unknown> | undefined>)[column];
  const list = columnValue?.[field];
  return Array.isArray(list) ? list : [];
}

function describeChildren(firstNames: string[]): string {
  if (firstNames.length === 0) return 'the child';
  if (firstNames.length === 1) return firstNames[0];
  if (firstNames.length === 2) return `${firstNames[0]} and ${firstNames[1]}`;
  return 'the children';
}

export function buildContext(referral: ReferralSubmission): SpecificsContext {
  const statements: Statement[] = [];
  for (const [column, field] of FIELDS) {
    listAt(referral, column, field).forEach((value, index) => {
      if (typeof value === 'string' && value.trim()) {
        statements.push(makeStatement(`${column}.${field}[${index}]`, column, field, value.trim()));
      }
    });
  }
  const childFirstNames = (Array.isArray(referral.children) ? referral.children : [])
    .map((child) => (typeof child?.firstName === 'string' ? child.firstName.trim() : ''))
    .filter(Boolean);
  const assessmentType = referral.assessmentType ?? 'child-protection';
  return {
    referral,
    assessmentType,
    terms: termsFor(assessmentType),
    childName: describeChildren(childFirstNames),
    childFirstNames,
    childNameWords: new Set(childFirstNames.map((name) => name.toLowerCase())),
    givenNames: [referral.referrer?.name, ...(Array.isArray(referral.household) ? referral.household : []).map((member) => member?.name), ...childFirstNames].filter(
      (name): name is string => typeof name === 'string' && name.trim() !== '',
    ),
    statements,
    pastHarm: statements.filter((s) => s.field === 'pastHarm'),
  };
}

export type Rule = (ctx: SpecificsContext) => Finding[];
