import type { Finding } from '../../referrals/referralTypes';
import type { SpecificsContext } from '../context';
import { ask, finding, severityFor } from '../findings';
import { askInsteadFor, findJargon } from '../termMatcher';

/** Labels ("neglect", "chaotic", "in denial") say what the writer concluded; we ask what they saw. */
export function jargon(ctx: SpecificsContext): Finding[] {
  const findings: Finding[] = [];
  for (const statement of ctx.statements) {
    const seen = new Set<string>();
    for (const match of findJargon(statement.ownWords, statement.tokens)) {
      const key = match.term.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(
        finding(
          'JARGON',
          statement.path,
          severityFor(statement.column),
          `Uses the label '${match.term}' instead of describing what happened.`,
          ask(ctx, `You wrote '{term}'. ${askInsteadFor(match.entry)}`, { term: match.term }),
          match.term,
        ),
      );
    }
  }
  return findings;
}
