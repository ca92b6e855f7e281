import { GENERIC_JARGON_ASK, JARGON_LEXICON, type JargonEntry } from './lexicon/jargon';
import { HEARSAY_PHRASES } from './lexicon/hearsay';
import { VAGUE_FREQUENCY_TERMS } from './lexicon/vagueFrequency';
import { PhraseIndex, tokenize, type Token } from './phraseIndex';

export interface TermMatch {
  /** As the referrer wrote it. */
  term: string;
  index: number;
}

export interface JargonMatch extends TermMatch {
  entry: JargonEntry;
}

const JARGON = new PhraseIndex<JargonEntry>();
for (const entry of JARGON_LEXICON) {
  for (const phrase of [entry.term, ...(entry.variants ?? [])]) JARGON.add(phrase, entry);
  for (const acronym of entry.acronyms ?? []) JARGON.add(acronym, entry, true);
}
const HEARSAY = new PhraseIndex<true>();
for (const phrase of HEARSAY_PHRASES) HEARSAY.add(phrase, true);
const VAGUE_FREQUENCY = new PhraseIndex<true>();
for (const phrase of VAGUE_FREQUENCY_TERMS) VAGUE_FREQUENCY.add(phrase, true);

export function findJargon(text: string, tokens: Token[] = tokenize(text)): JargonMatch[] {
  const found: JargonMatch[] = [];
  for (const match of JARGON.find(text, tokens)) {
    const following = tokens[match.nextToken];
    if (following && match.value.exceptWhenFollowedBy?.includes(following.word)) continue;
    found.push({ term: match.text.replace(/\s+/g, ' '), index: match.start, entry: match.value });
  }
  return found;
}

export function findHearsay(text: string, tokens: Token[] = tokenize(text)): TermMatch[] {
  return HEARSAY.find(text, tokens).map((match) => ({ term: match.text.replace(/\s+/g, ' '), index: match.start }));
}

export function findVagueFrequencyTerms(text: string, tokens: Token[] = tokenize(text)): TermMatch[] {
  return VAGUE_FREQUENCY.find(text, tokens).map((match) => ({ term: match.text.replace(/\s+/g, ' '), index: match.start }));
}

export function askInsteadFor(entry: JargonEntry | undefined): string {
  return entry?.askInstead ?? GENERIC_JARGON_ASK;
}

/** Blanks out hearsay phrases, so that "it has been reported" is not read as a named source. */
export function withoutHearsay(text: string): string {
  let result = text;
  for (const match of HEARSAY.find(text)) {
    result = result.slice(0, match.start) + ' '.repeat(match.end - match.start) + result.slice(match.end);
  }
  return result;
}
