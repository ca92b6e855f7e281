import { existsSync } from 'node:fs';
import path from 'node:path';

/** The project root (the folder with package.json), found the same way from src/ (tsx, ts-jest) and dist/src/. */
function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
}

export const projectRoot = findRoot(__dirname);
export const govukDist = path.join(projectRoot, 'node_modules', 'govuk-frontend', 'dist');
export const webViews = path.join(projectRoot, 'src', 'web', 'views');
export const webPublic = path.join(projectRoot, 'src', 'web', 'public');
export const followupViews = path.join(projectRoot, 'src', 'followup', 'views');
