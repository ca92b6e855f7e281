import type { Finding } from '../../referrals/referralTypes';
import type { SpecificsContext } from '../context';
import { ask, finding, severityFor } from '../findings';
import { askInsteadFor, findJargon } from '../termMatcher';

/**
 * A danger statement says what might become of the child: "she will become frightened and withdrawn", "he could
 * become violent", "he will see more violence". A state foretold there is the worry itself, not a label for something
 * seen, so it is not asked about.
 */
const FORETOLD_BEFORE =
  /\b(?:will|could|may|might|would|to)\s+(?:\w+\s+)?(?:become|get|grow|turn|feel|see|witness|face|experience|suffer)\s+(?:more\s+|even\s+more\s+|increasingly\s+|very\s+|so\s+)?(?:[a-z]+\s+and\s+)?$/i;

/** Labels ("neglect", "chaotic", "in denial") say what the writer concluded; we ask what they saw. */
export function jargon(ctx: SpecificsContext): Finding[] {
  const findings: Finding[] = [];
  for (const statement of ctx.statements) {
    const seen = new Set<string>();
    for (const match of findJargon(statement.ownWords, statement.tokens)) {
      if (statement.field === 'futureDanger' && FORETOLD_BEFORE.test(statement.ownWords.slice(Math.max(0, match.index - 50), match.index))) continue;
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
