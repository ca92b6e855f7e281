import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export interface NodeProcess {
  name: string;
  url: string;
  child: ChildProcess;
  output: () => string;
  /** Peak resident set size so far (VmHWM), in MB; undefined once the process has gone. */
  peakRssMb: () => number | undefined;
  stop: () => Promise<void>;
}

/**
 * Runs an entry point in its own node process (`node --import tsx <entry>` for TypeScript, plain `node` for
 * JavaScript) and waits for the line
 * "listening on http://host:port". BENCH_CPU_PROF=1 writes V8 CPU profiles into bench/profiles/<name>-<time>/.
 */
export async function startNodeProcess(name: string, entry: string, env: Record<string, string>, nodeFlags: string[] = []): Promise<NodeProcess> {
  // One folder per process: the main thread and tsx's loader thread each write a profile.
  const prof = process.env.BENCH_CPU_PROF === '1' ? ['--cpu-prof', `--cpu-prof-dir=${join(ROOT, 'bench', 'profiles', `${name}-${Date.now()}`)}`] : [];
  const loader = entry.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...nodeFlags, ...prof, ...loader, entry], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (d: Buffer) => {
    out = (out + d.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const deadline = Date.now() + 60_000;
  let url: string | undefined;
  while (Date.now() < deadline && !url) {
    url = /listening on (http:\/\/[\d.]+:\d+)/.exec(out)?.[1];
    if (url) break;
    if (child.exitCode !== null) throw new Error(`${name} exited at start-up:\n${out}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!url) {
    child.kill('SIGKILL');
    throw new Error(`${name} did not start within 60 s:\n${out}`);
  }
  const pid = child.pid!;
  return {
    name,
    url,
    child,
    output: () => out,
    peakRssMb: () => procStatusMb(pid, 'VmHWM'),
    stop: async () => {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * The node flags `npm start` gives the service (`node --max-old-space-size=160 dist/src/server.js` gives
 * `--max-old-space-size=160`), so the benchmark runs the service the way production does. NODE_OPTIONS from the
 * environment reaches every process the benchmark starts as well.
 */
export function productionNodeFlags(): string[] {
  try {
    const start: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts?.start ?? '';
    const flags = /\bnode\s+((?:--[\w-]+(?:=\S+)?\s+)*)\S*server\.js/.exec(start)?.[1];
    return flags ? flags.trim().split(/\s+/) : [];
  } catch {
    return [];
  }
}

/** A field of /proc/<pid>/status in MB (VmRSS now, VmHWM the peak). */
export function procStatusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (user + system, all threads) a process has used so far, in ms; NaN once it has gone. */
export function cpuMs(pid: number | undefined): number {
  if (!pid) return NaN;
  try {
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are fields 14 and 15.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

/** Samples VmRSS of a process every `everyMs` and keeps the highest, so a phase's own peak can be reported. */
export function rssSampler(pid: number, everyMs = 100): { stop: () => number } {
  let max = 0;
  const sample = () => {
    const mb = procStatusMb(pid, 'VmRSS');
    if (mb !== undefined && mb > max) max = mb;
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return max;
    },
  };
}
