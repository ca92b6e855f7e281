import { completeReferral } from '../../support/fixtures';

/** One referral the client wants stored, and every attempt it made. */
export interface LedgerEntry {
  idempotencyKey: string;
  body: string;
  attempts: Attempt[];
  reference?: string;
}

export interface Attempt {
  at: number;
  ms: number;
  /** HTTP status, or `network` (refused or reset: the service was down), or `timeout` (a hang). */
  outcome: number | 'network' | 'timeout';
  reference?: string;
  contentType?: string;
}

export interface LoadClient {
  ledger: LedgerEntry[];
  /** Stop starting new referrals; keep retrying the unfinished ones until they succeed or `deadline`. */
  finish(deadlineMs: number): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A bounded client loop: `concurrency` workers each post a referral with its own Idempotency-Key and retry it,
 * with the same key, until the service answers 201. `baseUrl()` is read per attempt, so a restarted service is found.
 */
export function startLoad(options: { baseUrl: () => string; key: string; concurrency: number; pauseMs: number; maxReferrals: number; timeoutMs?: number }): LoadClient {
  const ledger: LedgerEntry[] = [];
  let accepting = true;
  let deadline = Number.POSITIVE_INFINITY;
  const timeoutMs = options.timeoutMs ?? 10_000;

  const attempt = async (entry: LedgerEntry): Promise<Attempt> => {
    const at = Date.now();
    try {
      const res = await fetch(`${options.baseUrl()}/api/v1/referrals`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${options.key}`, 'idempotency-key': entry.idempotencyKey },
        body: entry.body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await res.text();
      let reference: string | undefined;
      if (res.status === 201) reference = (JSON.parse(text) as { reference: string }).reference;
      return { at, ms: Date.now() - at, outcome: res.status, reference, contentType: res.headers.get('content-type') ?? undefined };
    } catch (err) {
      const name = (err as Error).name;
      return { at, ms: Date.now() - at, outcome: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network' };
    }
  };

  const worker = async (w: number) => {
    for (let n = 0; ; n++) {
      if (!accepting || ledger.length >= options.maxReferrals) return;
      const referral = completeReferral();
      referral.children[0].firstName = `Child ${w}-${n}`;
      const entry: LedgerEntry = { idempotencyKey: `load-${w}-${n}-${Date.now().toString(36)}`, body: JSON.stringify(referral), attempts: [] };
      ledger.push(entry);
      while (Date.now() < deadline) {
        const result = await attempt(entry);
        entry.attempts.push(result);
        if (result.outcome === 201) {
          entry.reference = result.reference;
          break;
        }
        if (typeof result.outcome === 'number' && result.outcome >= 400 && result.outcome < 500) break; // a client error: retrying will not help
        await sleep(result.outcome === 'network' ? 100 : 200);
      }
      await sleep(options.pauseMs);
    }
  };

  const workers = Array.from({ length: options.concurrency }, (_, w) => worker(w));
  return {
    ledger,
    async finish(deadlineMs: number) {
      accepting = false;
      deadline = Date.now() + deadlineMs;
      await Promise.all(workers);
    },
  };
}
