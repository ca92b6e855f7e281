import { GENERIC_JARGON_ASK, JARGON_LEXICON, type JargonEntry } from './lexicon/jargon';
import { HEARSAY_PHRASES } from './lexicon/hearsay';
import { VAGUE_FREQUENCY_TERMS } from './lexicon/vagueFrequency';
import { compilePhrases, normalisePhrase } from './text';

export interface TermMatch {
  /** As the referrer wrote it. */
  term: string;
  index: number;
}

export interface JargonMatch extends TermMatch {
  entry: JargonEntry;
}

function collectMatches(pattern: RegExp, text: string): TermMatch[] {
  const matches: TermMatch[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    matches.push({ term: m[0].replace(/\s+/g, ' '), index: m.index });
  }
  return matches;
}

const jargonByPhrase = new Map<string, JargonEntry>();
const jargonWords: string[] = [];
const jargonAcronyms: string[] = [];
for (const entry of JARGON_LEXICON) {
  for (const phrase of [entry.term, ...(entry.variants ?? [])]) {
    jargonByPhrase.set(normalisePhrase(phrase), entry);
    jargonWords.push(phrase);
  }
  for (const acronym of entry.acronyms ?? []) {
    jargonByPhrase.set(normalisePhrase(acronym), entry);
    jargonAcronyms.push(acronym);
  }
}
const JARGON_WORDS = compilePhrases(jargonWords, 'gi');
const JARGON_ACRONYMS = compilePhrases(jargonAcronyms, 'g');
const HEARSAY = compilePhrases(HEARSAY_PHRASES, 'gi');
const VAGUE_FREQUENCY = compilePhrases(VAGUE_FREQUENCY_TERMS, 'gi');
const FOLLOWED_BY_WORD = /^\s+([A-Za-z]+)/;

export function jargonEntryFor(term: string): JargonEntry | undefined {
  return jargonByPhrase.get(normalisePhrase(term));
}

export function findJargon(text: string): JargonMatch[] {
  const found: JargonMatch[] = [];
  for (const match of [...collectMatches(JARGON_WORDS, text), ...collectMatches(JARGON_ACRONYMS, text)]) {
    const entry = jargonEntryFor(match.term);
    if (!entry) continue;
    if (entry.exceptWhenFollowedBy) {
      const next = FOLLOWED_BY_WORD.exec(text.slice(match.index + match.term.length));
      if (next && entry.exceptWhenFollowedBy.includes(next[1].toLowerCase())) continue;
    }
    found.push({ ...match, entry });
  }
  return found.sort((a, b) => a.index - b.index);
}

export function findHearsay(text: string): TermMatch[] {
  return collectMatches(HEARSAY, text);
}

export function findVagueFrequencyTerms(text: string): TermMatch[] {
  return collectMatches(VAGUE_FREQUENCY, text);
}

export function askInsteadFor(entry: JargonEntry | undefined): string {
  return entry?.askInstead ?? GENERIC_JARGON_ASK;
}

/** Removes hearsay phrases, so that "it has been reported" is not read as a named source. */
export function withoutHearsay(text: string): string {
  HEARSAY.lastIndex = 0;
  return text.replace(HEARSAY, ' ');
}
