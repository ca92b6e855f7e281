import autocannon from 'autocannon';
import { Agent, request } from 'node:http';

/** What one load run measured, whatever drove it. Latencies in ms. */
export interface RunResult {
  label: string;
  seconds: number;
  completed: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers outside 2xx, plus errors and timeouts. */
  failures: number;
  statusCounts: Record<string, number>;
  /** CPU ms per completed operation, by process (filled in by the caller that knows the processes). */
  cpuPerOp?: Record<string, number>;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

/** Throughput and latency percentiles of one run, from each operation's own latency in ms. */
export function summarise(label: string, seconds: number, latencies: number[], failures: number, statusCounts: Record<string, number>): RunResult {
  const sorted = Float64Array.from(latencies).sort();
  const arr = Array.from(sorted);
  return {
    label,
    seconds,
    completed: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(arr, 50),
    p95: percentile(arr, 95),
    p99: percentile(arr, 99),
    failures,
    statusCounts,
  };
}

/**
 * Closed-loop saturation with autocannon: `connections` keep-alive connections, each sending its next request as
 * soon as the last is answered. `build` is called for every request (unique Idempotency-Key, rotating bodies).
 * Latency percentiles come from each response's own timing (autocannon's histogram keeps whole milliseconds only).
 */
export async function saturate(
  label: string,
  opts: { url: string; path: string; connections: number; seconds: number; build: () => { body: string; headers: Record<string, string> } },
): Promise<RunResult> {
  const latencies: number[] = [];
  const result = await autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: opts.seconds,
    timeout: 30,
    setupClient: (client) => {
      (client as { on: (e: string, f: (status: number, bytes: number, ms: number) => void) => void }).on('response', (status, _bytes, ms) => {
        if (status >= 200 && status < 300) latencies.push(ms);
      });
    },
    requests: [
      {
        method: 'POST',
        path: opts.path,
        setupRequest: (req) => {
          const { body, headers } = opts.build();
          return { ...req, method: 'POST', path: opts.path, body, headers: { 'content-type': 'application/json', ...headers } };
        },
      },
    ],
  });
  const statusCounts: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) statusCounts[code] = count;
  if (result.errors) statusCounts.errors = result.errors;
  if (result.timeouts) statusCounts.timeouts = result.timeouts;
  return summarise(label, result.duration, latencies, result.non2xx + result.errors + result.timeouts, statusCounts);
}

/**
 * Closed-loop saturation of any async operation: `concurrency` loops, each starting its next operation when the
 * last one ends, for `seconds`. The raw-driver baseline uses this.
 */
export async function saturateLoops(label: string, opts: { concurrency: number; seconds: number; op: () => Promise<unknown> }): Promise<RunResult> {
  const latencies: number[] = [];
  let failures = 0;
  const statusCounts: Record<string, number> = {};
  const started = performance.now();
  const endAt = started + opts.seconds * 1000;
  const loop = async () => {
    while (performance.now() < endAt) {
      const t0 = performance.now();
      try {
        await opts.op();
        latencies.push(performance.now() - t0);
      } catch (err) {
        failures++;
        const key = (err as { code?: number | string })?.code ?? (err as Error)?.name ?? 'error';
        statusCounts[String(key)] = (statusCounts[String(key)] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, loop));
  const seconds = (performance.now() - started) / 1000;
  statusCounts.ok = latencies.length;
  return summarise(label, seconds, latencies, failures, statusCounts);
}

/**
 * Open loop at a fixed rate: operation i is due at start + i/rate, evenly spaced; at most `concurrency` run at
 * once (like a client with that many connections). Latency counts from when an operation was due, so a system
 * that falls behind shows it (no coordinated omission). Used for both sides of the fixed-rate comparison, so
 * they are paced identically (autocannon's overallRate sends each second's quota in a burst).
 */
export async function fixedRate(
  label: string,
  opts: { rate: number; seconds: number; concurrency: number; op: () => Promise<number | void> },
): Promise<RunResult> {
  const total = Math.round(opts.rate * opts.seconds);
  const interval = 1000 / opts.rate;
  const latencies: number[] = [];
  let failures = 0;
  const statusCounts: Record<string, number> = {};
  let next = 0;
  const started = performance.now();
  const loop = async () => {
    for (;;) {
      const i = next++;
      if (i >= total) return;
      const due = started + i * interval;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      try {
        const status = await opts.op();
        const key = String(status ?? 'ok');
        statusCounts[key] = (statusCounts[key] ?? 0) + 1;
        if (typeof status === 'number' && (status < 200 || status > 299)) failures++;
        else latencies.push(performance.now() - due);
      } catch (err) {
        failures++;
        const key = String((err as { code?: number | string })?.code ?? (err as Error)?.name ?? 'error');
        statusCounts[key] = (statusCounts[key] ?? 0) + 1;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, loop));
  const seconds = (performance.now() - started) / 1000;
  return summarise(label, seconds, latencies, failures, statusCounts);
}

/** A keep-alive HTTP client for the open-loop runs: resolves with the status once the body is read. */
export function httpClient(baseUrl: string, maxSockets: number) {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets });
  const send = (method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: string }> =>
    new Promise((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, method, path, agent, headers: body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } : headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
          res.on('error', reject);
        },
      );
      req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
      req.on('error', reject);
      req.end(body);
    });
  return { send, close: () => agent.destroy() };
}
