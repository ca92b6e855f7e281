import { randomCode } from '../platform/randomCode';

const EPOCH = Date.UTC(2026, 0, 1);
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A reference like `SR-7KQ2-M9XD`: three characters count hours (repeating every 3.7 years) and five are random.
 * The unique `_id` refuses the rare clash among active referrals (the caller retries); the hour prefix keeps
 * archived references from a clash too, without a lookup on the hot path.
 */
export function newReference(now = Date.now()): string {
  let hours = Math.floor((now - EPOCH) / 3_600_000) % 32 ** 3;
  if (hours < 0) hours += 32 ** 3;
  const prefix = ALPHABET[(hours >> 10) & 31] + ALPHABET[(hours >> 5) & 31] + ALPHABET[hours & 31];
  const random = randomCode(5);
  return `SR-${prefix}${random[0]}-${random.slice(1)}`;
}

export const REFERENCE_PATTERN = /^SR-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
