import type { StaffMember } from '../platform/auth/authentication';
import { Forbidden, NotFound } from '../platform/errors';

/** Workers and managers triage; admins manage accounts only. */
export function canTriage(staff: StaffMember | null | undefined): staff is StaffMember {
  return !!staff && (staff.role === 'worker' || staff.role === 'manager');
}

/** Reading a referral without permission answers 404, so whether a reference exists does not leak. */
export function assertMayReadReferrals(staff: StaffMember | null | undefined, reference: string): asserts staff is StaffMember {
  if (!canTriage(staff)) throw new NotFound(`No referral ${reference}.`);
}

export function assertMayTriage(staff: StaffMember | null | undefined): asserts staff is StaffMember {
  if (!canTriage(staff)) throw new Forbidden('Only First Contact workers and managers can do this.');
}

export function assertManager(staff: StaffMember | null | undefined): asserts staff is StaffMember {
  if (!staff || staff.role !== 'manager') throw new Forbidden('Only a First Contact manager can do this.');
}
