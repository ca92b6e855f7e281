import type { Finding } from '../../referrals/referralTypes';
import type { SpecificsContext } from '../context';
import { hasFrequency } from '../evidence';
import { ask, finding, severityFor } from '../findings';
import { findVagueFrequencyTerms } from '../termMatcher';
import { sentenceAt } from '../text';

const QUALIFIER_REACH = 90;
const ELABORATION_REACH = 200;
// "sometimes falls asleep: his tutor saw it on 3 of the last 10 days": what follows a colon or dash spells it out.
const ELABORATION_MARK = /[:(–—]|\s-\s/;
const BARE_NUMBER = /\b\d+\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|once|twice)\b/i;

// ", and", "; ", ", but": a new clause about something else. "her attendance is 96%, and Mum sometimes calls" -
// the 96% counts school days, not calls.
const CLAUSE_BREAK = /;|,\s*(?:and|but|or|while|whereas|although|though|so|because|yet)\b/gi;

/** Where the clause holding the term starts, looking back no further than `from`. */
function clauseStart(text: string, from: number, index: number): number {
  const before = text.slice(from, index);
  let start = from;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(before); m; m = CLAUSE_BREAK.exec(before)) start = from + m.index + m[0].length;
  return start;
}

/** "Often, about three times a week" is specific enough: a count or rate close by in the same sentence. */
function isQualified(text: string, index: number, term: string): boolean {
  const sentence = sentenceAt(text, index);
  const from = clauseStart(text, Math.max(sentence.start, index - QUALIFIER_REACH), index);
  const to = Math.min(sentence.start + sentence.text.length, index + term.length + QUALIFIER_REACH);
  const nearby = text.slice(from, to);
  if (hasFrequency(nearby)) return true;
  const sentenceEnd = sentence.start + sentence.text.length;
  const rest = text.slice(index + term.length, Math.min(sentenceEnd, index + term.length + ELABORATION_REACH));
  const mark = ELABORATION_MARK.exec(rest);
  if (mark && hasFrequency(rest.slice(mark.index))) return true;
  // "sometimes (3 or 4 a week)", "often - 5 this month"
  const after = text.slice(index + term.length, Math.min(to, index + term.length + 25));
  return /^\s*[,(–—-]/.test(after) && BARE_NUMBER.test(after);
}

export function vagueFrequency(ctx: SpecificsContext): Finding[] {
  const findings: Finding[] = [];
  for (const statement of ctx.statements) {
    const seen = new Set<string>();
    for (const match of findVagueFrequencyTerms(statement.ownWords, statement.tokens)) {
      const key = match.term.toLowerCase();
      if (seen.has(key) || isQualified(statement.ownWords, match.index, match.term)) continue;
      seen.add(key);
      findings.push(
        finding(
          'VAGUE_FREQUENCY',
          statement.path,
          severityFor(statement.column),
          `'${match.term}' without a number or period.`,
          ask(ctx, "You wrote '{term}'. How many times has this happened, and over what period - for example 'three times since September'?", {
            term: match.term,
          }),
          match.term,
        ),
      );
    }
  }
  return findings;
}
