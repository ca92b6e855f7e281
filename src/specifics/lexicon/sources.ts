/**
 * How a referrer says they know something: they saw or heard it, someone (named or by role) told them, the child
 * disclosed it, or it is in a record. Hearsay phrases are removed from a statement before these are tried, so
 * "it has been reported" is never mistaken for a source.
 */
/**
 * Seeing or hearing it: a source when the referrer (or whoever they name) perceived it, not when the child did -
 * "Millie has witnessed it" says what Millie went through, not how the referrer knows.
 */
export const PERCEPTION =
  /\b(?:saw|seen|see|sees|seeing|witnessed|witness|heard|hear|hears|noticed|notice|observed|observe|spotted|found|located|smelt|smelled|smell|watched|caught|examined|checked|weighed|measured|looked at|reviewed)\b/gi;

/** The words between a subject and its perception verb: "Millie has also witnessed", "he had seen". */
export const SUBJECT_BEFORE_PERCEPTION = /\b([\w'’]+)(?:\s+(?:has|had|have|was|were|is|are|also|then|just|both|often|repeatedly|probably|may|might|will|would))*\s+$/i;

export const SOURCE_PATTERNS: RegExp[] = [
  /\b(?:told|tell|tells|telling|said|says|saying|disclosed|discloses|disclosure|reported|reports|explained|admitted|mentioned|described|shared|informed|confided|confirmed|complained|alleged that|answered|replied|stated|wrote|written|emailed|texted|messaged|phoned|rang|called us|called me|showed|shown)\b/i,
  /\b(?:records?|recorded|logs?|logged|register|registers|chronology|notes|case notes|report|police report|CPOMS|MyConcern|attendance data|attendance figures|growth chart|red book|body map|photos?|photographs?|photographed|CCTV|video|footage|screenshots?|recording|messages)\b/i,
  /\baccording to\s+(?!rumou?rs?\b|local people\b)/i,
  /\b(?:in|on) (?:our|the|her|his|their|school's|nursery's) (?:records?|system|file|log|notes)\b/i,
  /\bwhen (?:i|we) (?:visited|called|phoned|spoke|met|asked)\b/i,
  /\b(?:i|we) (?:visited|spoke to|spoke with|met)\b/i,
  /\b(?:i|we) (?:was|were) (?:present|there)\b/i,
  // "the exclusion letters, which I have read, show...": a document the referrer read.
  /\b(?:i|we) (?:have |had )?read\b|\b(?:letters?|emails?|texts?|minutes|diary|plan|assessment)\b[^.;]{0,60}\b(?:show|shows|showed|say|says|said)\b/i,
];
