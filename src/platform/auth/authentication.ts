import type { Request } from 'express';
import { Forbidden, Unauthorised } from '../errors';
import { findPartnerByKey, type Partner } from './apiKeyService';

/** Who is calling. Staff sessions are resolved by the staff capability, registered at start-up. */
export type StaffRole = 'worker' | 'manager' | 'admin';
export interface StaffMember {
  kind: 'staff';
  staffId: string;
  email: string;
  role: StaffRole;
  sessionId: string;
  /** Signed in with a one-time password: until they choose their own, they may only do that (or sign out). */
  mustChangePassword?: boolean;
}
export type Caller = Partner | StaffMember;

type StaffResolver = (req: Request) => Promise<StaffMember | null>;
let resolveStaff: StaffResolver = async () => null;

/** The triage capability owns staff sessions; it plugs its resolver in here so platform does not depend on it. */
export function registerStaffResolver(resolver: StaffResolver): void {
  resolveStaff = resolver;
}

export function presentedApiKey(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  const apiKey = req.headers['x-api-key'];
  return typeof apiKey === 'string' ? apiKey.trim() : undefined;
}

/**
 * tsoa's hook for `@Security`. `partnerKey` scopes are API key scopes; `staff` scopes are roles, any of which may pass.
 */
export async function expressAuthentication(req: Request, securityName: string, scopes: string[] = []): Promise<Caller> {
  if (securityName === 'partnerKey') {
    const key = presentedApiKey(req);
    if (!key || !key.startsWith('sri_')) throw new Unauthorised('Send your API key as "Authorization: Bearer <key>" or "X-API-Key: <key>".');
    const partner = await findPartnerByKey(key);
    if (!partner) throw new Unauthorised('This API key is not recognised or has been revoked.');
    const missing = scopes.filter((s) => !partner.scopes.includes(s as Partner['scopes'][number]));
    if (missing.length) throw new Forbidden(`This API key lacks the scope ${missing.join(', ')}.`);
    return partner;
  }
  if (securityName === 'staff') {
    const staff = await resolveStaff(req);
    if (!staff) throw new Unauthorised('Sign in as First Contact staff.');
    // A one-time password was sent to someone by the staff script: it must not be enough to read referrals.
    if (staff.mustChangePassword && !req.path.startsWith('/api/v1/session')) {
      throw new Forbidden('Choose your own password first (PUT /api/v1/session/password): a one-time password only allows that.');
    }
    if (scopes.length && !scopes.includes(staff.role)) throw new Forbidden('Your role does not allow this.');
    return staff;
  }
  throw new Unauthorised();
}
