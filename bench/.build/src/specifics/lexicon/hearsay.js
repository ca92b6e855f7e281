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
var hearsay_exports = {};
__export(hearsay_exports, {
  HEARSAY_PHRASES: () => HEARSAY_PHRASES
});
module.exports = __toCommonJS(hearsay_exports);
const HEARSAY_PHRASES = [
  "reportedly",
  "it is reported",
  "it was reported",
  "it has been reported",
  "it had been reported",
  "is reported to",
  "are reported to",
  "was reported to be",
  "were reported to be",
  "it is believed",
  "it's believed",
  "it was believed",
  "is believed to",
  "are believed to",
  "it is thought",
  "it's thought",
  "it is understood",
  "is understood to",
  "it is known that",
  "it's known that",
  "it is said",
  "it's said",
  "is said to",
  "are said to",
  "it is alleged",
  "it has been alleged",
  "allegedly",
  "apparently",
  "rumoured",
  "rumored",
  "rumour has it",
  "there are rumours",
  "there is a rumour",
  "there have been rumours",
  "rumours that",
  "word is",
  "word has it",
  "the word is",
  "it is suspected",
  "is suspected to",
  "supposedly",
  "people say",
  "people are saying",
  "people have said",
  "someone told me",
  "someone told us",
  "someone said that",
  "somebody told me",
  "somebody told us",
  "somebody said that",
  "someone mentioned that",
  "I have heard that",
  "I've heard that",
  "I heard that",
  "we have heard that",
  "we've heard that",
  "we heard that",
  "I have been told that",
  "I've been told that",
  "we have been told that",
  "we've been told that",
  "I was told that",
  "we were told that",
  "it has come to our attention",
  "according to rumours",
  "according to local people",
  "an anonymous"
];
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  HEARSAY_PHRASES
});
