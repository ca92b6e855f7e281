import { GENERIC_JARGON_ASK, JARGON_LEXICON, type JargonEntry } from './lexicon/jargon';
import { HEARSAY_PHRASES } from './lexicon/hearsay';
import { VAGUE_FREQUENCY_TERMS } from './lexicon/vagueFrequency';
import { PhraseIndex, tokenize, type Token } from './phraseIndex';
import { SERVICE_NOUNS } from './lexicon/serviceNames';

export interface TermMatch {
  /** As the referrer wrote it. */
  term: string;
  index: number;
}

export interface JargonMatch extends TermMatch {
  entry: JargonEntry;
}

export interface LexiconMatches {
  jargon: JargonMatch[];
  hearsay: TermMatch[];
  vagueFrequency: TermMatch[];
}

/** What a phrase is in each lexicon; one phrase index for all three, so a statement is read once. */
interface Meaning {
  jargon?: JargonEntry;
  hearsay?: true;
  vagueFrequency?: true;
}

const LEXICONS = new PhraseIndex<Meaning>();
const meanings = new Map<string, Meaning>();

function define(phrase: string, meaning: Meaning, caseSensitive = false): void {
  const key = `${caseSensitive ? 'exact' : 'any'}:${caseSensitive ? phrase : phrase.toLowerCase()}`;
  const existing = meanings.get(key);
  if (existing) {
    Object.assign(existing, { ...meaning, ...existing });
    return;
  }
  const fresh = { ...meaning };
  meanings.set(key, fresh);
  LEXICONS.add(phrase, fresh, caseSensitive);
}

/** The plural of a label's last word: "alcoholics", "drug users", "dependencies". Labels are nouns or adjectives. */
function plural(phrase: string): string | undefined {
  if (!/[a-z]$/i.test(phrase) || /(?:s|ing|ed|ly|ic|al|ful|ive|ous|ent|ant|ish|less|[^aeiou]y)$/i.test(phrase)) {
    return /(?:ic)$/i.test(phrase) ? `${phrase}s` : /[^aeiou]y$/i.test(phrase) && !/ly$/i.test(phrase) ? `${phrase.slice(0, -1)}ies` : undefined;
  }
  return /(?:sh|ch|x|z)$/i.test(phrase) ? `${phrase}es` : `${phrase}s`;
}

const JUDGED = /^(poor|bad|unsafe|unhygienic|dirty|unacceptable|inadequate|unsuitable) ([a-z' ]+)$/i;
/** "poor home conditions" is also written the other way round: "the home conditions are very poor". */
function predicative(phrase: string): string[] {
  const m = JUDGED.exec(phrase);
  if (!m) return [];
  const [, adjective, noun] = m;
  return ['is', 'are', 'was', 'were', 'seem', 'seems', 'appear', 'appears'].flatMap((verb) =>
    ['', 'very ', 'really ', 'so ', 'extremely '].map((degree) => `${noun} ${verb} ${degree}${adjective}`),
  );
}

for (const entry of JARGON_LEXICON) {
  for (const phrase of [entry.term, ...(entry.variants ?? [])]) {
    define(phrase, { jargon: entry });
    for (const form of predicative(phrase)) define(form, { jargon: entry });
  }
}
// Inflected forms last, so a variant written out in the lexicon keeps its own entry.
for (const entry of JARGON_LEXICON) {
  for (const phrase of [entry.term, ...(entry.variants ?? [])]) {
    const many = plural(phrase);
    if (many) define(many, { jargon: entry });
  }
  for (const acronym of entry.acronyms ?? []) define(acronym, { jargon: entry }, true);
}
for (const phrase of HEARSAY_PHRASES) define(phrase, { hearsay: true });
for (const phrase of VAGUE_FREQUENCY_TERMS) define(phrase, { vagueFrequency: true });

const NEGATORS = ['not', 'never', "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "isn't", "wasn't", "aren't", "weren't"];

/** One of `words` is among the `within` tokens before the token starting at `start`. */
function precededBy(tokens: Token[], start: number, words: string[], within: number): boolean {
  let at = 0;
  while (at < tokens.length && tokens[at].start < start) at++;
  for (let back = 1; back <= within && at - back >= 0; back++) {
    if (words.includes(tokens[at - back].word)) return true;
  }
  return false;
}

export function matchLexicons(text: string, tokens: Token[] = tokenize(text)): LexiconMatches {
  const found: LexiconMatches = { jargon: [], hearsay: [], vagueFrequency: [] };
  for (const match of LEXICONS.find(text, tokens)) {
    const term = match.text.replace(/\s+/g, ' ');
    const { jargon, hearsay, vagueFrequency } = match.value;
    if (hearsay) found.hearsay.push({ term, index: match.start });
    if (vagueFrequency) found.vagueFrequency.push({ term, index: match.start });
    if (jargon) {
      const following = tokens[match.nextToken];
      if (following && jargon.exceptWhenFollowedBy?.includes(following.word)) continue;
      if (following && SERVICE_NOUNS.has(following.word) && following.start === match.end + 1) continue;
      if (jargon.exceptWhenPrecededBy && precededBy(tokens, match.start, jargon.exceptWhenPrecededBy, 1)) continue;
      if (jargon.exceptInClauseAfter && precededBy(tokens, match.start, jargon.exceptInClauseAfter, 5)) continue;
      // "Gemma has not neglected Ellie's insulin once": a label denied is not a label used.
      if (precededBy(tokens, match.start, NEGATORS, 2)) continue;
      found.jargon.push({ term, index: match.start, entry: jargon });
    }
  }
  return found;
}

/** Each statement is matched against the lexicons once, whichever rule asks first. */
const matchesByTokens = new WeakMap<Token[], LexiconMatches>();

function matchesFor(text: string, tokens: Token[] | undefined): LexiconMatches {
  if (!tokens) return matchLexicons(text);
  let matches = matchesByTokens.get(tokens);
  if (!matches) {
    matches = matchLexicons(text, tokens);
    matchesByTokens.set(tokens, matches);
  }
  return matches;
}

/** Pass the statement's own tokens to share one lexicon pass between rules. */
export function findJargon(text: string, tokens?: Token[]): JargonMatch[] {
  return matchesFor(text, tokens).jargon;
}

export function findHearsay(text: string, tokens?: Token[]): TermMatch[] {
  return matchesFor(text, tokens).hearsay;
}

export function findVagueFrequencyTerms(text: string, tokens?: Token[]): TermMatch[] {
  return matchesFor(text, tokens).vagueFrequency;
}

export function askInsteadFor(entry: JargonEntry | undefined): string {
  return entry?.askInstead ?? GENERIC_JARGON_ASK;
}

/** Blanks out hearsay phrases, so that "it has been reported" is not read as a named source. */
export function withoutHearsay(text: string): string {
  let result = text;
  for (const match of LEXICONS.find(text)) {
    if (match.value.hearsay) result = result.slice(0, match.start) + ' '.repeat(match.end - match.start) + result.slice(match.end);
  }
  return result;
}
