import type { Finding } from '../../referrals/referralTypes';
import type { SpecificsContext } from '../context';
import { hasSource } from '../evidence';
import { ask, finding } from '../findings';
import { excerpt } from '../text';

export function noSource(ctx: SpecificsContext): Finding[] {
  return ctx.pastHarm
    .filter((statement) => !hasSource(statement.text, ctx.childNameWords))
    .map((statement) =>
      finding(
        'NO_SOURCE',
        statement.path,
        'ask',
        'Does not say how the referrer knows this.',
        ask(ctx, "You wrote '{quote}'. How do you know this? Did you see or hear it yourself, did {child} or someone else tell you (who?), or is it written in a record?", {
          quote: excerpt(statement.text),
        }),
      ),
    );
}
