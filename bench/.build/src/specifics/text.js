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
var text_exports = {};
__export(text_exports, {
  excerpt: () => excerpt,
  fill: () => fill,
  maskSpans: () => maskSpans,
  quotedSpans: () => quotedSpans,
  sentenceAt: () => sentenceAt,
  splitSentences: () => splitSentences
});
module.exports = __toCommonJS(text_exports);
const DOUBLE_QUOTED = /["“]([^"”]{1,600}?)["”]/g;
const CURLY_SINGLE_QUOTED = /‘([^‘]{1,600}?)’(?![A-Za-z])/g;
const STRAIGHT_SINGLE_QUOTED = /(?<=^|[\s:(\[—–-])'((?:[^']|(?<=[A-Za-z])'(?=[A-Za-z]))*?[^\s'])'(?![A-Za-z])/g;
function quotedSpans(text) {
  if (!/["“‘']/.test(text)) return [];
  const spans = [];
  for (const pattern of [DOUBLE_QUOTED, CURLY_SINGLE_QUOTED, STRAIGHT_SINGLE_QUOTED]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return spans;
}
function maskSpans(text, spans) {
  if (spans.length === 0) return text;
  let masked = text;
  for (const { start, end } of spans) {
    masked = masked.slice(0, start) + " ".repeat(end - start) + masked.slice(end);
  }
  return masked;
}
const SENTENCE_END = /[.!?;]+(?=\s+|$)/g;
function splitSentences(text) {
  const sentences = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    if (/\b(?:Mr|Mrs|Ms|Dr|Miss|St|e\.g|i\.e|approx|no)\.$/i.test(text.slice(Math.max(0, end - 7), end))) continue;
    if (end > start) sentences.push({ text: text.slice(start, end), start });
    start = end;
  }
  if (start < text.length && text.slice(start).trim()) sentences.push({ text: text.slice(start), start });
  return sentences;
}
function sentenceAt(text, offset) {
  for (const sentence of splitSentences(text)) {
    if (offset < sentence.start + sentence.text.length) return sentence;
  }
  return { text, start: 0 };
}
function excerpt(text, maxWords = 8) {
  const words = text.trim().split(/\s+/);
  const short = words.slice(0, maxWords).join(" ");
  return words.length > maxWords ? `${short.replace(/[,;:.]+$/, "")}...` : short.replace(/[.]+$/, "");
}
function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => values[key] ?? whole);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  excerpt,
  fill,
  maskSpans,
  quotedSpans,
  sentenceAt,
  splitSentences
});
