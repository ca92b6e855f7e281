import type { Finding } from '../../referrals/referralTypes';
import type { SpecificsContext } from '../context';
import { ask, finding } from '../findings';
import { findHearsay } from '../termMatcher';

/** A worker cannot check a rumour: who said it, and when? Applies to every column. */
export function hearsay(ctx: SpecificsContext): Finding[] {
  const findings: Finding[] = [];
  for (const statement of ctx.statements) {
    const seen = new Set<string>();
    for (const match of findHearsay(statement.ownWords, statement.tokens)) {
      const key = match.term.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push(
        finding(
          'HEARSAY',
          statement.path,
          'ask',
          `Rests on an unnamed source ('${match.term}').`,
          ask(ctx, "You wrote '{term}'. Who told you this, or where is it written down, and when did you find out?", { term: match.term }),
          match.term,
        ),
      );
    }
  }
  return findings;
}
