// Prints what the browser downloads for the web app's first page (the entry chunk and the chunks it
// imports statically), gzipped, and fails the build above the budget. Role pages load on demand.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../libs/config/src';

const BUDGET_KB = 600;
const dist = path.join(projectRoot, 'dist', 'web');
const manifest: Record<string, { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }> =
  JSON.parse(fs.readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'));

const gz = (file: string) => gzipSync(fs.readFileSync(path.join(dist, file))).length;
const first = new Set<string>();
const visit = (key: string) => {
  if (first.has(key)) return;
  first.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
};
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
const firstKb = [...first].reduce((sum, key) => sum + gz(manifest[key].file), 0) / 1024;
const lazy = Object.entries(manifest).filter(([key, c]) => !first.has(key) && c.file.endsWith('.js'));
process.stdout.write(
  `[web] first page: ${firstKb.toFixed(1)} KB of JavaScript gzipped (${first.size} chunks; budget ${BUDGET_KB} KB)\n` +
    lazy.map(([key, c]) => `[web]   on demand: ${key} ${(gz(c.file) / 1024).toFixed(1)} KB\n`).join(''),
);
if (firstKb > BUDGET_KB) {
  process.stderr.write(`[web] the first page is over its ${BUDGET_KB} KB budget\n`);
  process.exit(1);
}
