import { DATE_LIST, FREQUENCY_PATTERNS, SPECIFIC_DATE } from './lexicon/frequency';
import { SOURCE_PATTERNS } from './lexicon/sources';
import { withoutHearsay } from './termMatcher';

/** A count or rate: "three times", "every night", "on 14 of 40 days", "the first time". */
export function hasFrequency(text: string): boolean {
  return FREQUENCY_PATTERNS.some((pattern) => pattern.test(text)) || DATE_LIST.test(text);
}

/** How many distinct specific dates the text names ("15 September", "6 October", "3/11"). */
export function specificDates(text: string): string[] {
  return (text.match(SPECIFIC_DATE) ?? []).map((date) => date.toLowerCase().replace(/\s+/g, ' '));
}

/** Seen, heard, told by someone, disclosed, or in a record. Hearsay is not a source. */
export function hasSource(text: string): boolean {
  if (!SOURCE_PATTERNS.some((pattern) => pattern.test(text))) return false;
  const firstHand = withoutHearsay(text);
  return firstHand === text || SOURCE_PATTERNS.some((pattern) => pattern.test(firstHand));
}

const WORST_INCIDENT =
  /\b(?:worst|most (?:serious|worrying|concerning|frightening|scary|severe|upsetting|dangerous|violent|harmful|significant|distressing|alarming|troubling)|(?:worried|frightened|scared|concerned) (?:me |us )?(?:the )?most|most worried)\b/i;

/** "The bruise on 3 November is the worst of the three", "the most frightening time was...". */
export function namesWorstIncident(text: string): boolean {
  return WORST_INCIDENT.test(text);
}
