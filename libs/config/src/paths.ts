import fs from 'node:fs';
import path from 'node:path';

/** The folder holding Lianbao's package.json, found the same way from sources (jest) and dist/. */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).name === 'lianbao') return dir;
    if (path.dirname(dir) === dir) throw new Error(`Lianbao's package.json not found above ${start}`);
  }
}

export const projectRoot = findProjectRoot(__dirname);
export const dataDir = path.join(projectRoot, '.data');
