import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ApiKeyModel, API_SCOPES, type ApiScope } from './apiKeyModel';
import { BadRequest, NotFound } from '../errors';
import { randomCode } from '../randomCode';

export interface Partner {
  kind: 'partner';
  keyId: string;
  partnerName: string;
  scopes: ApiScope[];
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Creates a key and returns it once: `sri_<key id>_<secret>`. Only the hash of the secret is kept. */
export async function createApiKey(partnerName: string, scopes: ApiScope[] = ['referrals:write', 'referrals:read']): Promise<{ keyId: string; key: string }> {
  const name = partnerName.trim();
  if (!name) throw new BadRequest('A partner name is needed.');
  const unknown = scopes.filter((s) => !(API_SCOPES as readonly string[]).includes(s));
  if (unknown.length) throw new BadRequest(`Unknown scope: ${unknown.join(', ')}. Known scopes: ${API_SCOPES.join(', ')}`);
  const keyId = `pk${randomCode(10).toLowerCase()}`;
  const secret = randomBytes(32).toString('base64url');
  await ApiKeyModel.create({ _id: keyId, partnerName: name, secretHash: sha256(secret), scopes, createdAt: new Date() });
  return { keyId, key: `sri_${keyId}_${secret}` };
}

export async function revokeApiKey(keyId: string): Promise<void> {
  const result = await ApiKeyModel.updateOne({ _id: keyId }, { $set: { revokedAt: new Date() } });
  if (result.matchedCount === 0) throw new NotFound(`No key ${keyId}.`);
}

export async function listApiKeys() {
  return ApiKeyModel.find({}, { secretHash: 0 }).lean();
}

// Key checks are on every partner request; a short cache keeps them off the database while revocation still
// takes effect within seconds across every instance.
const cache = new Map<string, { partner: Partner | null; until: number }>();
const CACHE_MS = 5_000;

/** The partner a presented key belongs to, or null for a malformed, unknown or revoked key. */
export async function findPartnerByKey(presented: string): Promise<Partner | null> {
  const match = /^sri_(pk[0-9a-z]{10})_([A-Za-z0-9_-]{43})$/.exec(presented);
  if (!match) return null;
  const [, keyId, secret] = match;
  const cached = cache.get(presented);
  if (cached && cached.until > Date.now()) return cached.partner;
  const record = await ApiKeyModel.findById(keyId).lean();
  let partner: Partner | null = null;
  if (record && !record.revokedAt) {
    const expected = Buffer.from(record.secretHash, 'hex');
    const actual = Buffer.from(sha256(secret), 'hex');
    if (expected.length === actual.length && timingSafeEqual(expected, actual)) {
      partner = { kind: 'partner', keyId, partnerName: record.partnerName, scopes: record.scopes };
    }
  }
  if (cache.size > 10_000) cache.clear();
  cache.set(presented, { partner, until: Date.now() + CACHE_MS });
  return partner;
}

export function clearApiKeyCache(): void {
  cache.clear();
}
