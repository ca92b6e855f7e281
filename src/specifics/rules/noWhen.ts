import type { Finding } from '../../referrals/referralTypes';
import type { SpecificsContext } from '../context';
import { ask, finding } from '../findings';
import { excerpt } from '../text';
import { hasTimeReference } from '../timeReference';

const MONTH_NAMES = new Set(['january', 'april', 'may', 'june', 'july', 'august']);

/**
 * "June, Zara's grandmother, came to the surgery": a person in the referral called after a month is not a date.
 * Their name is blanked where it is used as a name (before a comma or a verb), so it cannot stand in for a time.
 */
function withoutMonthNames(ctx: SpecificsContext): (text: string) => string {
  const names = ctx.givenNames.flatMap((name) => name.split(/\s+/)).filter((word) => MONTH_NAMES.has(word.toLowerCase()));
  if (names.length === 0) return (text) => text;
  const asAName = new RegExp(`\\b(?:${[...new Set(names)].join('|')})\\b(?=\\s*,|['’]s\\b|\\s+(?:told|said|says|came|has|had|is|was|rang|phoned|called|saw|and|who)\\b)`, 'g');
  return (text) => text.replace(asAName, '');
}

export function noWhen(ctx: SpecificsContext): Finding[] {
  const plain = withoutMonthNames(ctx);
  return ctx.pastHarm
    .filter((statement) => !hasTimeReference(plain(statement.text)))
    .map((statement) =>
      finding(
        'NO_WHEN',
        statement.path,
        'ask',
        'Does not say when this happened.',
        ask(ctx, "You wrote '{quote}'. When did this happen? A date, a day or a time of day is enough - for example 'Monday 3 November, about 8:45am' or 'since September'.", {
          quote: excerpt(statement.text),
        }),
      ),
    );
}
