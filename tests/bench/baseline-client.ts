/**
 * The map client as it was before the compact graph and the chunked drawing:
 * the JSON path the client bench measures the new one against. It is built
 * once from the repository's history into node_modules/.cache, and served to
 * the page in place of today's files (the server and its API are today's).
 * BENCH_BASELINE_CLIENT names another build to use instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The last revision whose client loaded the graph as JSON and drew it at once. */
const BASELINE_REVISION = '45e7b93';

const ROOT = resolve(import.meta.dirname, '../..');

export type BaselineClient = { dir: string; label: string } | { skipped: string };

export function baselineClient(): BaselineClient {
  const given = process.env.BENCH_BASELINE_CLIENT;
  if (given) return { dir: given, label: 'the build in BENCH_BASELINE_CLIENT' };
  const dir = join(ROOT, 'node_modules', '.cache', 'wijknetwerk-bench', `client-${BASELINE_REVISION}`);
  const label = `the client of ${BASELINE_REVISION}`;
  if (existsSync(join(dir, 'index.html'))) return { dir, label };
  try {
    execFileSync('git', ['cat-file', '-e', `${BASELINE_REVISION}^{commit}`], { cwd: ROOT, stdio: 'ignore' });
  } catch {
    return { skipped: `revision ${BASELINE_REVISION} is not in this clone's history (a shallow clone?)` };
  }
  const source = mkdtempSync(join(tmpdir(), 'wijknetwerk-baseline-'));
  try {
    execFileSync('sh', ['-c', `git archive ${BASELINE_REVISION} | tar -x -C "${source}"`], { cwd: ROOT, stdio: 'ignore' });
    symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'));
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error', '--outDir', dir, '--emptyOutDir'], { cwd: source, stdio: 'ignore' });
    return { dir, label };
  } catch (error) {
    return { skipped: `the client of ${BASELINE_REVISION} did not build: ${(error as Error).message.split('\n')[0]}` };
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
}
