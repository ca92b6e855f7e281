import * as chrono from 'chrono-node';
import { CHRONO_FALSE_READINGS, CHRONO_WORTH_TRYING, TIME_REFERENCE_PATTERNS } from './lexicon/timeReferences';

// Any fixed reference date will do: we only ask whether a date or time is mentioned, not which one.
const REFERENCE_DATE = new Date(Date.UTC(2025, 0, 15, 12));

const CURRENCY = /[£$€]/;

function chronoFindsTime(text: string): boolean {
  for (const result of chrono.en.GB.parse(text, REFERENCE_DATE)) {
    const reading = result.text.trim();
    // "for a week" is how long, not when; "£3.50" is money.
    if (CHRONO_FALSE_READINGS.test(reading) || /^for\s/i.test(reading) || CURRENCY.test(text.charAt(result.index - 1))) continue;
    return true;
  }
  return false;
}

/**
 * Does the text say when something happened: a date, a day, a time of day, a period or an age?
 * Our own patterns answer almost every statement in microseconds; chrono-node (tens of microseconds) only
 * looks at text that has a date-like word our patterns did not recognise.
 */
export function hasTimeReference(text: string): boolean {
  for (const pattern of TIME_REFERENCE_PATTERNS) {
    if (pattern.test(text)) return true;
  }
  return CHRONO_WORTH_TRYING.test(text) && chronoFindsTime(text);
}
