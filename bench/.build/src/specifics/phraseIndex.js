"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var phraseIndex_exports = {};
__export(phraseIndex_exports, {
  PhraseIndex: () => PhraseIndex,
  tokenize: () => tokenize
});
module.exports = __toCommonJS(phraseIndex_exports);
const WORD_CHAR = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  WORD_CHAR[code] = code >= 97 && code <= 122 || code >= 65 && code <= 90 || code >= 48 && code <= 57 ? 1 : 0;
}
function isWordChar(code) {
  return code < 128 && WORD_CHAR[code] === 1;
}
function tokenize(text) {
  const tokens = [];
  const lower = text.includes("\u2019") ? text.toLowerCase().replace(/’/g, "'") : text.toLowerCase();
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
const JOINER = /^[\s,-]*$/;
class PhraseIndex {
  anyCase = { next: /* @__PURE__ */ new Map() };
  exactCase = { next: /* @__PURE__ */ new Map() };
  /** `caseSensitive` for acronyms: "DA" is a term, "da" is not. */
  add(phrase, value, caseSensitive = false) {
    const words = tokenize(phrase).map((token) => caseSensitive ? phrase.slice(token.start, token.end) : token.word);
    this.insert(caseSensitive ? this.exactCase : this.anyCase, words, value);
    if (!caseSensitive && /\w-\w/.test(phrase)) this.insert(this.anyCase, [words.join("")], value);
    return this;
  }
  insert(root, words, value) {
    let node = root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: /* @__PURE__ */ new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.value ??= value;
  }
  longestAt(first, text, tokens, from, caseSensitive) {
    let node = first;
    let best = first.value === void 0 ? void 0 : { value: first.value, text: text.slice(tokens[from].start, tokens[from].end), start: tokens[from].start, end: tokens[from].end, nextToken: from + 1 };
    for (let i = from + 1; i < tokens.length; i++) {
      node = node.next.get(caseSensitive ? text.slice(tokens[i].start, tokens[i].end) : tokens[i].word);
      if (!node) break;
      if (i > from && !JOINER.test(text.slice(tokens[i - 1].end, tokens[i].start))) break;
      if (node.value !== void 0) {
        best = { value: node.value, text: text.slice(tokens[from].start, tokens[i].end), start: tokens[from].start, end: tokens[i].end, nextToken: i + 1 };
      }
    }
    return best;
  }
  /** Longest phrase at each word, left to right, never overlapping. */
  find(text, tokens = tokenize(text)) {
    const found = [];
    for (let i = 0; i < tokens.length; ) {
      const token = tokens[i];
      const anyCaseFirst = this.anyCase.next.get(token.word);
      const exactFirst = token.capitalised && this.exactCase.next.size > 0 ? this.exactCase.next.get(text.slice(token.start, token.end)) : void 0;
      if (!anyCaseFirst && !exactFirst) {
        i++;
        continue;
      }
      const anyCase = anyCaseFirst && this.longestAt(anyCaseFirst, text, tokens, i, false);
      const exact = exactFirst && this.longestAt(exactFirst, text, tokens, i, true);
      const match = anyCase && exact ? exact.end > anyCase.end ? exact : anyCase : anyCase ?? exact;
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  PhraseIndex,
  tokenize
});
