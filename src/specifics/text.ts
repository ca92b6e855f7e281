/** Small text helpers shared by the rules. Pure and allocation-light: they run on every statement. */

export interface Span {
  start: number;
  end: number;
}

const DOUBLE_QUOTED = /["“]([^"”]{1,600}?)["”]/g;
const CURLY_SINGLE_QUOTED = /‘([^‘]{1,600}?)’(?![A-Za-z])/g;
// A straight single quote opens only after a space or colon, so apostrophes ("Nana's") never open a quote.
const STRAIGHT_SINGLE_QUOTED = /(?<=^|[\s:(\[—–-])'((?:[^']|(?<=[A-Za-z])'(?=[A-Za-z]))*?[^\s'])'(?![A-Za-z])/g;

/** Spans of quoted speech (the quote marks included), e.g. `Maya said: "Dean shouts"`. */
export function quotedSpans(text: string): Span[] {
  if (!/["“‘']/.test(text)) return [];
  const spans: Span[] = [];
  for (const pattern of [DOUBLE_QUOTED, CURLY_SINGLE_QUOTED, STRAIGHT_SINGLE_QUOTED]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return spans;
}

/** The text with quoted speech blanked out: someone else's words are not the referrer's labels. */
export function maskSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  let masked = text;
  for (const { start, end } of spans) {
    masked = masked.slice(0, start) + ' '.repeat(end - start) + masked.slice(end);
  }
  return masked;
}

export interface Sentence {
  text: string;
  start: number;
}

const SENTENCE_END = /[.!?;]+(?=\s+|$)/g;

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    // "Mr. Hall", "e.g. Maya": a title or abbreviation is not the end of a sentence.
    if (/\b(?:Mr|Mrs|Ms|Dr|Miss|St|e\.g|i\.e|approx|no)\.$/i.test(text.slice(Math.max(0, end - 7), end))) continue;
    if (end > start) sentences.push({ text: text.slice(start, end), start });
    start = end;
  }
  if (start < text.length && text.slice(start).trim()) sentences.push({ text: text.slice(start), start });
  return sentences;
}

/** The sentence around a character offset. */
export function sentenceAt(text: string, offset: number): Sentence {
  for (const sentence of splitSentences(text)) {
    if (offset < sentence.start + sentence.text.length) return sentence;
  }
  return { text, start: 0 };
}

/** The first few words of a statement, for questions that must say which statement they mean. */
export function excerpt(text: string, maxWords = 8): string {
  const words = text.trim().split(/\s+/);
  const short = words.slice(0, maxWords).join(' ');
  return words.length > maxWords ? `${short.replace(/[,;:.]+$/, '')}...` : short.replace(/[.]+$/, '');
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}
