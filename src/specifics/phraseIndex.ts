/**
 * Whole-word phrase lookup by tokens: one pass over the words of a statement with a map lookup per word,
 * instead of a regular expression with hundreds of alternatives tried at every character.
 */
export interface Token {
  /** Lower case, curly apostrophes made straight. */
  word: string;
  start: number;
  end: number;
  /** Starts with a capital letter: only such a word can be an acronym or a name. */
  capitalised: boolean;
}

// ASCII letters and digits; a lookup table is the cheapest test in this, the hottest loop of the check.
const WORD_CHAR = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  WORD_CHAR[code] = (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0;
}

function isWordChar(code: number): boolean {
  return code < 128 && WORD_CHAR[code] === 1;
}

/** Words of letters and digits, keeping inner apostrophes ("can't", "Maya's"). A hand-written scan: this runs on every statement. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lower = text.includes('’') ? text.toLowerCase().replace(/’/g, "'") : text.toLowerCase();
  const length = text.length;
  let i = 0;
  while (i < length) {
    const first = text.charCodeAt(i);
    if (!isWordChar(first)) {
      i++;
      continue;
    }
    const start = i++;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (isWordChar(code)) i++;
      else if ((code === 39 || code === 8217) && i + 1 < length && isWordChar(text.charCodeAt(i + 1))) i++;
      else break;
    }
    tokens.push({ word: lower.slice(start, i), start, end: i, capitalised: first >= 65 && first <= 90 });
  }
  return tokens;
}

export interface PhraseMatch<T> {
  value: T;
  /** As written in the text. */
  text: string;
  start: number;
  end: number;
  /** Index of the token after the match. */
  nextToken: number;
}

interface Node<T> {
  next: Map<string, Node<T>>;
  value?: T;
}

// Words in one phrase may be joined by spaces or hyphens only ("non-compliant", "non compliant"), never by a full stop.
const JOINER = /^[\s,-]*$/;

export class PhraseIndex<T> {
  private readonly anyCase: Node<T> = { next: new Map() };
  private readonly exactCase: Node<T> = { next: new Map() };

  /** `caseSensitive` for acronyms: "DA" is a term, "da" is not. */
  add(phrase: string, value: T, caseSensitive = false): this {
    const words = tokenize(phrase).map((token) => (caseSensitive ? phrase.slice(token.start, token.end) : token.word));
    this.insert(caseSensitive ? this.exactCase : this.anyCase, words, value);
    // "non-compliant" is also written "noncompliant".
    if (!caseSensitive && /\w-\w/.test(phrase)) this.insert(this.anyCase, [words.join('')], value);
    return this;
  }

  private insert(root: Node<T>, words: string[], value: T): void {
    let node = root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.value ??= value;
  }

  private longestAt(first: Node<T>, text: string, tokens: Token[], from: number, caseSensitive: boolean): PhraseMatch<T> | undefined {
    let node: Node<T> | undefined = first;
    let best: PhraseMatch<T> | undefined =
      first.value === undefined ? undefined : { value: first.value, text: text.slice(tokens[from].start, tokens[from].end), start: tokens[from].start, end: tokens[from].end, nextToken: from + 1 };
    for (let i = from + 1; i < tokens.length; i++) {
      node = node.next.get(caseSensitive ? text.slice(tokens[i].start, tokens[i].end) : tokens[i].word);
      if (!node) break;
      if (i > from && !JOINER.test(text.slice(tokens[i - 1].end, tokens[i].start))) break;
      if (node.value !== undefined) {
        best = { value: node.value, text: text.slice(tokens[from].start, tokens[i].end), start: tokens[from].start, end: tokens[i].end, nextToken: i + 1 };
      }
    }
    return best;
  }

  /** Longest phrase at each word, left to right, never overlapping. */
  find(text: string, tokens: Token[] = tokenize(text)): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const token = tokens[i];
      const anyCaseFirst = this.anyCase.next.get(token.word);
      // Case-sensitive entries are acronyms and names: only a word starting with a capital can be one.
      const exactFirst = token.capitalised && this.exactCase.next.size > 0 ? this.exactCase.next.get(text.slice(token.start, token.end)) : undefined;
      if (!anyCaseFirst && !exactFirst) {
        i++;
        continue;
      }
      const anyCase = anyCaseFirst && this.longestAt(anyCaseFirst, text, tokens, i, false);
      const exact = exactFirst && this.longestAt(exactFirst, text, tokens, i, true);
      const match = anyCase && exact ? (exact.end > anyCase.end ? exact : anyCase) : (anyCase ?? exact);
      if (match) {
        found.push(match);
        i = match.nextToken;
      } else {
        i++;
      }
    }
    return found;
  }
}
