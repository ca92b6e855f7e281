import type { RequestHandler } from 'express';
import { BadRequest } from './errors';

/**
 * Keys that name Object.prototype members. No field of the contract is called this, and a body carrying one can
 * break code that turns values into strings (tsoa's enum check calls String(value), which throws for
 * `{"toString": null}`), so they are refused with 400 before any validation runs.
 */
const PROTOTYPE_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype).concat('prototype'));

/** The path of the first such key in a parsed JSON body, walked without recursion so deep nesting cannot overflow. */
export function findPrototypeKey(body: unknown): string | undefined {
  const stack: Array<{ value: unknown; path: string }> = [{ value: body, path: '' }];
  while (stack.length) {
    const { value, path } = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}[${i}]` }));
      continue;
    }
    for (const key of Object.keys(value)) {
      const at = path ? `${path}.${key}` : key;
      if (PROTOTYPE_KEYS.has(key)) return at;
      stack.push({ value: (value as Record<string, unknown>)[key], path: at });
    }
  }
  return undefined;
}

export const refusePrototypeKeys: RequestHandler = (req, _res, next) => {
  const field = findPrototypeKey(req.body);
  if (field) return next(new BadRequest('The body uses a field name that is not allowed.', [{ field, message: 'is not an allowed field name' }]));
  next();
};
