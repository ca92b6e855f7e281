import type { Finding } from '../../referrals/referralTypes';
import type { SpecificsContext } from '../context';
import { ask, finding } from '../findings';
import { excerpt } from '../text';
import { hasTimeReference } from '../timeReference';

export function noWhen(ctx: SpecificsContext): Finding[] {
  return ctx.pastHarm
    .filter((statement) => !hasTimeReference(statement.text))
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
