import { execFile } from 'node:child_process';
import { rmSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportNetwork } from '../../server/services/export/export.ts';
import { tempDir } from '../helpers/test-app.ts';
import { fixturePath, seedNetwork } from './helpers.ts';

const run = promisify(execFile);
const BIN = new URL('../../bin/wijknetwerk.js', import.meta.url).pathname;

describe('wijknetwerk import / export (the real CLI)', () => {
  let dir: string;
  const cli = async (...args: string[]) => {
    try {
      const { stdout } = await run(process.execPath, [BIN, ...args], { env: { ...process.env, DATA_DIR: join(dir, 'db'), NEO4J_URI: '' }, cwd: dir });
      return { code: 0, lines: stdout.trim().split('\n') };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, lines: failed.stdout.trim().split('\n'), stderr: failed.stderr };
    }
  };

  beforeAll(() => {
    dir = tempDir('wijknetwerk-cli-');
    writeFileSync(join(dir, 'seed.graphml'), exportNetwork(seedNetwork(), 'graphml'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads the gebieden from GraphML, rejects the messy file line by line (exit 1), imports the corrected one, and is idempotent', async () => {
    expect(await cli('import', join(dir, 'seed.graphml'))).toMatchObject({ code: 0 });

    const messy = await cli('import', fixturePath('messy-persons.csv'), '--kind', 'persons');
    expect(messy.code).toBe(1);
    expect(messy.lines).toEqual([
      'line 5, column Naam: naam is verplicht',
      "line 6, column Wijk: onbekende wijk 'Atlantis'",
      'line 7, column Naam: dubbel: zelfde naam en gebied als regel 2',
      '6 regels gelezen (windows-1252, scheidingsteken ;)',
      '3 nieuw, 0 bijgewerkt, 0 ongewijzigd, 3 afgewezen — niets geschreven',
    ]);

    const dry = await cli('import', fixturePath('persons.csv'), '--kind', 'persons', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.lines.at(-1)).toBe('proefrun: 4 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 afgewezen — niets geschreven');

    const good = await cli('import', fixturePath('persons.csv'), '--kind', 'persons');
    expect(good.code).toBe(0);
    expect(good.lines.at(-1)).toMatch(/^4 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 afgewezen — geschreven in \d+ ms$/);

    const ties = await cli('import', fixturePath('messy-ties.csv'), '--kind', 'ties');
    expect(ties.code).toBe(1);
    expect(ties.lines[0]).toBe("line 4, column Naar: onbekende persoon 'Piet Onbekend'");

    const again = await cli('import', fixturePath('persons.csv'), '--kind', 'persons');
    expect(again.code).toBe(0);
    expect(again.lines.at(-1)).toMatch(/^0 nieuw, 0 bijgewerkt, 4 ongewijzigd, 0 afgewezen/);

    const exported = await cli('export', '--format', 'gexf', join(dir, 'out.gexf'));
    expect(exported.code).toBe(0);
    expect(exported.lines).toEqual([`${seedNetwork().nodes.length + 4} knopen en ${seedNetwork().ties.length + 4} banden geschreven naar ${join(dir, 'out.gexf')}`]);
    expect(readFileSync(join(dir, 'out.gexf'), 'utf8')).toContain('José Martínez');
  });

  it('exits 2 on wrong usage', async () => {
    expect((await cli('import', fixturePath('persons.csv'), '--kind', 'mensen')).code).toBe(2);
    expect((await cli('export', '--format', 'pdf', join(dir, 'x'))).code).toBe(2);
  });
});
