/** Shared bits of the import tests: the seed network (Haarlem gebieden) and fixture paths. */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { NetworkData } from '../../server/model/index.ts';
import type { TestApp } from '../helpers/test-app.ts';
import { SYSTEM_ACTOR, type Actor } from '../../server/services/write/types.ts';

export const FIXTURES = new URL('../fixtures/import/', import.meta.url);

export function fixture(name: string): Buffer {
  return readFileSync(new URL(name, FIXTURES));
}

export function fixturePath(name: string): string {
  return new URL(name, FIXTURES).pathname;
}

export function seedNetwork(): NetworkData {
  return JSON.parse(readFileSync(new URL('seed.json', FIXTURES), 'utf8')) as NetworkData;
}

/** A network sorted by id, without versions (this installation's bookkeeping, not content), for comparisons. */
export function sorted(network: NetworkData): NetworkData {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const content = <T extends { version?: number }>({ version: _version, ...rest }: T) => rest as T;
  return { nodes: network.nodes.map(content).sort(byId), ties: network.ties.map(content).sort(byId) };
}

/** Replaces the network with the seed (or the given network) through the write path. */
export async function resetStore(app: TestApp, network: NetworkData = seedNetwork()): Promise<void> {
  await app.services.write.replaceNetwork(SYSTEM_ACTOR, 'demo', network);
}

/** The beheerder who runs the import in service-level tests. */
export const TEST_ACTOR: Actor = { username: 'tester', role: 'beheerder', gebieden: [] };

/** A sheet as rows of cells, the header first. */
export type Sheet = string[][];

/** An .xlsx workbook with these sheets, as Excel would save it. */
export async function workbookOf(sheets: Record<string, Sheet>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) workbook.addWorksheet(name).addRows(rows);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
