/** Background loops (mail delivery, lease expiry, archiving) started after the database, stopped before it. */
export interface Worker {
  name: string;
  start(): void;
  stop(): Promise<void>;
}

const workers: Worker[] = [];

export function registerWorker(worker: Worker): void {
  workers.push(worker);
}

export function startWorkers(): void {
  for (const w of workers) w.start();
}

export async function stopWorkers(): Promise<void> {
  await Promise.all(workers.map((w) => w.stop()));
}

/** A polling loop that never overlaps itself and stops promptly. */
export function pollingWorker(name: string, everyMs: () => number, tick: () => Promise<void>, onError: (err: unknown) => void): Worker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;
  const schedule = () => {
    if (!stopped) timer = setTimeout(loop, everyMs());
  };
  const loop = () => {
    running = tick().catch(onError).finally(() => {
      running = undefined;
      schedule();
    });
  };
  return {
    name,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
