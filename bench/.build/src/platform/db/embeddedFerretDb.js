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
var embeddedFerretDb_exports = {};
__export(embeddedFerretDb_exports, {
  FERRETDB_VERSION: () => FERRETDB_VERSION,
  ensureFerretDbBinary: () => ensureFerretDbBinary,
  freePort: () => freePort,
  startFerretDb: () => startFerretDb
});
module.exports = __toCommonJS(embeddedFerretDb_exports);
var import_node_child_process = require("node:child_process");
var import_node_fs = require("node:fs");
var import_node_net = require("node:net");
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_node_util = require("node:util");
const run = (0, import_node_util.promisify)(import_node_child_process.execFile);
const FERRETDB_VERSION = "v1.24.2";
async function ensureFerretDbBinary(log = () => {
}) {
  const fromEnv = process.env.FERRETDB_BIN;
  if (fromEnv) return fromEnv;
  let gopath;
  try {
    gopath = (await run("go", ["env", "GOPATH"])).stdout.trim();
  } catch {
    throw new Error(
      "The embedded database needs Go to build FerretDB, and `go` was not found. Either install Go (https://go.dev/doc/install) or set MONGODB_URI to a MongoDB you run yourself."
    );
  }
  const target = (0, import_node_path.join)(gopath, "bin", "ferretdb");
  if ((0, import_node_fs.existsSync)(target) && await versionOf(target) === FERRETDB_VERSION) return target;
  log(`Building FerretDB ${FERRETDB_VERSION} from the Go module proxy (once; about a minute)...`);
  const work = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "ferretdb-build-"));
  try {
    (0, import_node_fs.writeFileSync)((0, import_node_path.join)(work, "go.mod"), `module ferretdbbuild

go 1.22

require github.com/FerretDB/FerretDB ${FERRETDB_VERSION}
`);
    (0, import_node_fs.writeFileSync)((0, import_node_path.join)(work, "tools.go"), '//go:build tools\n\npackage tools\n\nimport _ "github.com/FerretDB/FerretDB/cmd/ferretdb"\n');
    const env = { ...process.env, GOFLAGS: "-mod=mod -buildvcs=false" };
    await run("go", ["mod", "tidy"], { cwd: work, env, maxBuffer: 16 << 20 });
    await run("go", ["mod", "vendor"], { cwd: work, env, maxBuffer: 16 << 20 });
    (0, import_node_fs.writeFileSync)((0, import_node_path.join)(work, "vendor/github.com/FerretDB/FerretDB/build/version/version.txt"), `${FERRETDB_VERSION}
`);
    (0, import_node_fs.mkdirSync)((0, import_node_path.join)(gopath, "bin"), { recursive: true });
    const partial = `${target}.${process.pid}.tmp`;
    await run("go", ["build", "-mod=vendor", "-buildvcs=false", "-o", partial, "github.com/FerretDB/FerretDB/cmd/ferretdb"], {
      cwd: work,
      env: { ...process.env, GOFLAGS: "" },
      maxBuffer: 16 << 20
    });
    (0, import_node_fs.renameSync)(partial, target);
  } finally {
    (0, import_node_fs.rmSync)(work, { recursive: true, force: true });
  }
  log(`FerretDB ${FERRETDB_VERSION} installed at ${target}`);
  return target;
}
async function versionOf(binary) {
  try {
    const { stdout } = await run(binary, ["--version"]);
    return /version: (\S+)/.exec(stdout)?.[1];
  } catch {
    return void 0;
  }
}
async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = (0, import_node_net.createServer)();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}
async function startFerretDb(options) {
  const binary = await ensureFerretDbBinary(options.log);
  const dataDir = (0, import_node_path.resolve)(options.dataDir);
  const sqliteDir = (0, import_node_path.join)(dataDir, "sqlite");
  const stateDir = (0, import_node_path.join)(dataDir, "state");
  (0, import_node_fs.mkdirSync)(sqliteDir, { recursive: true });
  (0, import_node_fs.mkdirSync)(stateDir, { recursive: true });
  const port = options.port ?? await freePort();
  const child = (0, import_node_child_process.spawn)(
    binary,
    [
      "--handler=sqlite",
      `--sqlite-url=file:${sqliteDir}/`,
      `--listen-addr=127.0.0.1:${port}`,
      `--state-dir=${stateDir}`,
      "--telemetry=disable",
      "--debug-addr=-",
      "--log-level=error"
    ],
    { stdio: ["ignore", "ignore", "pipe"] }
  );
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr = (stderr + chunk.toString()).slice(-4e3);
  });
  const stopOnExit = () => child.kill("SIGKILL");
  process.once("exit", stopOnExit);
  await waitForPort(port, child, () => stderr);
  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    port,
    dataDir,
    process: child,
    stop: async () => {
      process.removeListener("exit", stopOnExit);
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((done) => child.once("exit", () => done()));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5e3);
      await exited;
      clearTimeout(timer);
    }
  };
}
async function waitForPort(port, child, stderr) {
  const deadline = Date.now() + 3e4;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`FerretDB exited at start-up (code ${child.exitCode}): ${stderr()}`);
    const open = await new Promise((done) => {
      const socket = (0, import_node_net.connect)(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        done(true);
      });
      socket.once("error", () => done(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`FerretDB did not accept connections on port ${port} within 30s: ${stderr()}`);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  FERRETDB_VERSION,
  ensureFerretDbBinary,
  freePort,
  startFerretDb
});
