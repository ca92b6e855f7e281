import type { Finding } from '../../referrals/referralTypes';
import type { SpecificsContext } from '../context';
import { ask, finding } from '../findings';

export function consentUnclear(ctx: SpecificsContext): Finding[] {
  const consent = ctx.referral.consent;
  const hasReason = typeof consent?.reasonIfNot === 'string' && consent.reasonIfNot.trim() !== '';
  if (!consent || (consent.parentsAware === undefined && consent.consentGiven === undefined)) {
    return [
      finding(
        'CONSENT_UNCLEAR',
        'consent',
        'ask',
        'Does not say whether parents know about or agreed to the referral.',
        ask(ctx, "Do {child}'s parents or carers know about this referral, and have they agreed to it? If not, why not?"),
      ),
    ];
  }
  if (consent.parentsAware === false || consent.consentGiven === false) {
    if (hasReason) return [];
    const notDone = consent.parentsAware === false ? 'have not been told about this referral' : 'have not agreed to this referral';
    return [
      finding(
        'CONSENT_UNCLEAR',
        'consent',
        'ask',
        `Parents ${notDone}, and no reason is given.`,
        ask(ctx, "You said {child}'s parents or carers {notDone}. Please tell us why - for example if telling them could put {child} at more risk.", { notDone }),
      ),
    ];
  }
  if (consent.consentGiven === undefined && !hasReason) {
    return [
      finding(
        'CONSENT_UNCLEAR',
        'consent',
        'ask',
        'Parents know about the referral, but it does not say whether they agreed.',
        ask(ctx, "Have {child}'s parents or carers agreed to this referral? If not, why not?"),
      ),
    ];
  }
  return [];
}
