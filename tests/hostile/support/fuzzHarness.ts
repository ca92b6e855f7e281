import mongoose from 'mongoose';
import { useTestDatabase } from '../../support/testDatabase';
import { partnerKey, testApp } from '../../support/testApp';
import { clearApiKeyCache } from '../../../src/platform/auth/apiKeyService';
import { referralSubmissionSchema } from '../../../src/referrals/referralSchemas';
import { isProblem, leaks, listen, type Answer } from './http';

/**
 * What every fuzz file shares: the app on a loopback port (rate limits out of the way), a fresh partner key per
 * test, a seed that can be replayed (FUZZ_SEED), a case counter, and the properties every answer must have.
 */
export function fuzzHarness(label: string) {
  useTestDatabase();
  const state = {
    base: '',
    key: '',
    cases: 0,
    seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31),
  };
  let target: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    target = await listen(testApp({ RATE_LIMIT_PER_MINUTE: '100000000' }));
    state.base = target.base;
    // eslint-disable-next-line no-console
    console.log(`${label}: fuzz seed ${state.seed} (FUZZ_SEED=${state.seed} repeats this run)`);
  });
  afterAll(async () => {
    await target.close();
    // eslint-disable-next-line no-console
    console.log(`${label}: ${state.cases} fuzz cases`);
  });
  beforeEach(async () => {
    clearApiKeyCache();
    state.key = await partnerKey('Fuzzing partner');
  });

  /** The properties every answer has, whatever was sent. */
  const expectSane = (answer: Answer, sent: string): void => {
    state.cases++;
    if (answer.status >= 500) throw new Error(`${answer.status} for ${sent.slice(0, 400)}: ${answer.text.slice(0, 300)}`);
    if (answer.status >= 400 && !isProblem(answer)) throw new Error(`${answer.status} as ${answer.contentType} for ${sent.slice(0, 300)}`);
    if (answer.status >= 400 && answer.json<{ status: number }>().status !== answer.status) throw new Error(`problem status differs: ${answer.text}`);
    const leaked = leaks(answer.text);
    if (leaked.length) throw new Error(`leaked: ${leaked.join('; ')}`);
  };
  return {
    state,
    expectSane,
    runs: (n: number) => ({ numRuns: n, seed: state.seed, endOnFailure: true }),
    referrals: () => mongoose.connection.db!.collection('referrals'),
  };
}

export const zodAccepts = (body: unknown) => referralSubmissionSchema.safeParse(JSON.parse(JSON.stringify(body) ?? 'null')).success;

export const contractAccepts = (body: unknown) => zodAccepts(body);

