import { buildSync } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { ROOT } from './processes';

export const BUILD_DIR = join(ROOT, 'bench', '.build');

function filesEndingIn(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return filesEndingIn(p, ending);
    return p.endsWith(ending) && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/**
 * Transpiles src/ (and the echo baseline) to plain CommonJS under bench/.build, file by file, the way `npm run
 * build` does for `npm start` but without type-checking (under a second instead of a minute). The service is
 * measured as it runs in production: under tsx its resident memory carries the loader thread and transform
 * caches, about 50 MB that production does not have. Paths stay right: the project root is found by walking up
 * to package.json, and imported JSON (openapi.json, data files in src/) is copied to the same relative place.
 */
export function buildForBench(): { serviceEntry: string; echoEntry: string } {
  rmSync(BUILD_DIR, { recursive: true, force: true });
  buildSync({
    entryPoints: [...filesEndingIn(join(ROOT, 'src'), '.ts'), join(ROOT, 'scripts', 'bench', 'echoServer.ts')],
    outdir: BUILD_DIR,
    outbase: ROOT,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    tsconfig: join(ROOT, 'tsconfig.json'),
    logLevel: 'error',
  });
  // JSON the code imports (as tsc would emit it): data files beside the sources, and the OpenAPI document.
  for (const file of [...filesEndingIn(join(ROOT, 'src'), '.json'), join(ROOT, 'openapi', 'openapi.json')]) {
    const target = join(BUILD_DIR, relative(ROOT, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  return { serviceEntry: join(BUILD_DIR, 'src', 'server.js'), echoEntry: join(BUILD_DIR, 'scripts', 'bench', 'echoServer.js') };
}
