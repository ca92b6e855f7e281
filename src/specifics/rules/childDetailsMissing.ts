import type { Child, Finding } from '../../referrals/referralTypes';
import type { SpecificsContext } from '../context';
import { ask, finding } from '../findings';

function present(value: unknown): boolean {
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null;
}

/** First Contact cannot find the right child's records without an age and somewhere they live. */
export function childDetailsMissing(ctx: SpecificsContext): Finding[] {
  const children: Child[] = Array.isArray(ctx.referral.children) ? ctx.referral.children : [];
  const findings: Finding[] = [];
  children.forEach((child, index) => {
    const noAge = !present(child?.dateOfBirth) && !present(child?.estimatedAge);
    const noAddress = !present(child?.address) && !present(child?.postcode);
    if (!noAge && !noAddress) return;
    const name = (typeof child?.firstName === 'string' && child.firstName.trim()) || 'the child';
    const missing = [noAge && 'date of birth or age', noAddress && 'address or postcode'].filter(Boolean).join(' and ');
    const wanted = [
      noAge && `${name}'s date of birth (or roughly how old ${name} is)`,
      noAddress && `where ${name} lives (the address, or at least the postcode)`,
    ]
      .filter(Boolean)
      .join(' and ');
    findings.push(
      finding('CHILD_DETAILS_MISSING', `children[${index}]`, 'ask', `No ${missing} for ${name}.`, ask(ctx, `Please tell us ${wanted}.`)),
    );
  });
  return findings;
}
