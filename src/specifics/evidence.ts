import { DATE_LIST, FREQUENCY_PATTERNS, SPECIFIC_DATE } from './lexicon/frequency';
import { PERCEPTION, SOURCE_PATTERNS, SUBJECT_BEFORE_PERCEPTION } from './lexicon/sources';
import { withoutHearsay } from './termMatcher';

/** A count or rate: "three times", "every night", "on 14 of 40 days", "the first time". */
export function hasFrequency(text: string): boolean {
  return FREQUENCY_PATTERNS.some((pattern) => pattern.test(text)) || DATE_LIST.test(text);
}

/** How many distinct specific dates the text names ("15 September", "6 October", "3/11"). */
export function specificDates(text: string): string[] {
  return (text.match(SPECIFIC_DATE) ?? []).map((date) => date.toLowerCase().replace(/\s+/g, ' '));
}

/** Someone other than the children (the referrer, a named adult, a professional) saw, heard or found it. */
function perceivedByAnAdult(text: string, childNames: ReadonlySet<string>): boolean {
  PERCEPTION.lastIndex = 0;
  for (let m = PERCEPTION.exec(text); m; m = PERCEPTION.exec(text)) {
    const subject = SUBJECT_BEFORE_PERCEPTION.exec(text.slice(Math.max(0, m.index - 60), m.index));
    const word = subject?.[1].toLowerCase().replace(/['’]s$/, '');
    if (!word || !childNames.has(word)) return true;
  }
  return false;
}

function sourceIn(text: string, childNames: ReadonlySet<string>): boolean {
  return perceivedByAnAdult(text, childNames) || SOURCE_PATTERNS.some((pattern) => pattern.test(text));
}

/**
 * Seen, heard, told by someone, disclosed, or in a record. Hearsay is not a source, and neither is what the child
 * (named in `childNames`, lower case) saw or heard: that is the harm, not how the referrer knows about it.
 */
export function hasSource(text: string, childNames: ReadonlySet<string> = new Set()): boolean {
  if (!sourceIn(text, childNames)) return false;
  const firstHand = withoutHearsay(text);
  return firstHand === text || sourceIn(firstHand, childNames);
}

const WORST_INCIDENT =
  /\b(?:worst|most (?:serious|worrying|concerning|frightening|scary|severe|upsetting|dangerous|violent|harmful|significant|distressing|alarming|troubling)|(?:worried|frightened|scared|concerned) (?:me |us )?(?:the )?most|most worried)\b/i;

/** "The bruise on 3 November is the worst of the three", "the most frightening time was...". */
export function namesWorstIncident(text: string): boolean {
  return WORST_INCIDENT.test(text);
}
