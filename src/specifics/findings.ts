import type { Finding, FindingCode, Severity } from '../referrals/referralTypes';
import type { Column, SpecificsContext } from './context';
import { fill } from './text';

export function finding(
  code: FindingCode,
  path: string,
  severity: Severity,
  message: string,
  question: string,
  term?: string,
): Finding {
  return term === undefined ? { code, path, severity, message, question } : { code, path, severity, message, question, term };
}

/** Fills `{child}` with the child's first name and capitalises the first letter of the question. */
export function ask(ctx: SpecificsContext, template: string, values: Record<string, string> = {}): string {
  const text = fill(template, { child: ctx.childName, ...values });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Wording problems in the worry column need an answer; elsewhere they are advice for staff. */
export function severityFor(column: Column): Severity {
  return column === 'worried' ? 'ask' : 'note';
}
