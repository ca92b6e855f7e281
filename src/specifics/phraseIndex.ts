/**
 * Whole-word phrase lookup by tokens: one pass over the words of a statement with a map lookup per word,
 * instead of a regular expression with hundreds of alternatives tried at every character.
 */
export interface Token {
  /** Lower case, curly apostrophes made straight. */
  word: string;
  raw: string;
  start: number;
  end: number;
}

const WORD = /[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lower = text.includes('’') ? text.toLowerCase().replace(/’/g, "'") : text.toLowerCase();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const end = m.index + m[0].length;
    tokens.push({ word: lower.slice(m.index, end), raw: m[0], start: m.index, end });
  }
  return tokens;
}

function startsUpperCase(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 65 && code <= 90;
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
const JOINER = /^[\s-]*$/;

export class PhraseIndex<T> {
  private readonly anyCase: Node<T> = { next: new Map() };
  private readonly exactCase: Node<T> = { next: new Map() };

  /** `caseSensitive` for acronyms: "DA" is a term, "da" is not. */
  add(phrase: string, value: T, caseSensitive = false): this {
    const words = tokenize(phrase).map((token) => (caseSensitive ? token.raw : token.word));
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

  private longestAt(root: Node<T>, text: string, tokens: Token[], from: number, caseSensitive: boolean): PhraseMatch<T> | undefined {
    let node: Node<T> | undefined = root;
    let best: PhraseMatch<T> | undefined;
    for (let i = from; i < tokens.length; i++) {
      node = node.next.get(caseSensitive ? tokens[i].raw : tokens[i].word);
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
      const anyCase = this.longestAt(this.anyCase, text, tokens, i, false);
      // Case-sensitive entries are acronyms: only a word starting with a capital can be one.
      const exact = startsUpperCase(tokens[i].raw) ? this.longestAt(this.exactCase, text, tokens, i, true) : undefined;
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
