"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var workers_exports = {};
__export(workers_exports, {
  pollingWorker: () => pollingWorker,
  registerWorker: () => registerWorker,
  startWorkers: () => startWorkers,
  stopWorkers: () => stopWorkers
});
module.exports = __toCommonJS(workers_exports);
const workers = [];
function registerWorker(worker) {
  workers.push(worker);
}
function startWorkers() {
  for (const w of workers) w.start();
}
async function stopWorkers() {
  await Promise.all(workers.map((w) => w.stop()));
}
function pollingWorker(name, everyMs, tick, onError) {
  let timer;
  let running;
  let stopped = true;
  const schedule = () => {
    if (!stopped) timer = setTimeout(loop, everyMs());
  };
  const loop = () => {
    running = tick().catch(onError).finally(() => {
      running = void 0;
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
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  pollingWorker,
  registerWorker,
  startWorkers,
  stopWorkers
});
