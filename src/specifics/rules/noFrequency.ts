import type { Finding } from '../../referrals/referralTypes';
import type { SpecificsContext } from '../context';
import { hasFrequency, specificDates } from '../evidence';
import { ask, finding } from '../findings';
import { hasTimeReference } from '../timeReference';

/**
 * How often decides whether this is a one-off or a pattern. A count anywhere in past harm answers it, and so
 * do several dated incidents ("On 2 October...", "On 20 October...").
 */
const SINCE_PERIOD = /\b(?:ever )?since\b[^,.;]*/gi;
const SAME_TIME_AGAIN = /\b(?:later |earlier )?(?:that|the same) (?:morning|afternoon|evening|night|day|week|weekend|lunchtime|break|time)\b/gi;

export function noFrequency(ctx: SpecificsContext): Finding[] {
  if (ctx.pastHarm.length === 0) return [];
  // Quoted words count too: "it happened 'two times'", the child told me.
  if (ctx.pastHarm.some((statement) => hasFrequency(statement.text))) return [];
  // Several dated incidents, in separate statements: two dates in one statement are often one incident told in
  // full ("reported missing at 19:00 on 12/11, found at 02:10 on 13/11"). A list of dates in one statement is above.
  const dated = ctx.pastHarm.map((statement) => specificDates(statement.text)).filter((dates) => dates.length > 0);
  if (dated.length >= 2 && new Set(dated.flat()).size >= 2) return [];
  // "when he changed for PE that afternoon" points back at a time already given: it is not another incident.
  // Nor does a period ("since his dad left in the summer"): that is how long, not another time it happened.
  if (ctx.pastHarm.filter((statement) => hasTimeReference(statement.text.replace(SAME_TIME_AGAIN, '').replace(SINCE_PERIOD, ''))).length >= 2) return [];
  return [
    finding(
      'NO_FREQUENCY',
      'worried.pastHarm',
      'ask',
      'Past harm does not say how often or how many times.',
      ask(ctx, "How many times has this happened to {child}, and over what period? For example 'twice since September', 'every weekend' or 'this was the first time'."),
    ),
  ];
}
