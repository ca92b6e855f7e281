import { buildSync } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './processes';

export const BUILD_DIR = join(ROOT, 'bench', '.build');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/**
 * Transpiles src/ (and the echo baseline) to plain CommonJS under bench/.build, file by file, the way `npm run
 * build` does for `npm start` but without type-checking (under a second instead of a minute). The service is
 * measured as it runs in production: under tsx its resident memory carries the loader thread and transform
 * caches, about 50 MB that production does not have. Paths stay right: the project root is found by walking up
 * to package.json, and openapi.json is copied beside src as the import expects.
 */
export function buildForBench(): { serviceEntry: string; echoEntry: string } {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  buildSync({
    entryPoints: [...tsFiles(join(ROOT, 'src')), join(ROOT, 'scripts', 'bench', 'echoServer.ts')],
    outdir: BUILD_DIR,
    outbase: ROOT,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'error',
  });
  mkdirSync(join(BUILD_DIR, 'openapi'), { recursive: true });
  copyFileSync(join(ROOT, 'openapi', 'openapi.json'), join(BUILD_DIR, 'openapi', 'openapi.json'));
  return { serviceEntry: join(BUILD_DIR, 'src', 'server.js'), echoEntry: join(BUILD_DIR, 'scripts', 'bench', 'echoServer.js') };
}
