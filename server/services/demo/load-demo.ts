/**
 * Reads the committed Haarlem demo network (data/demo) and validates it
 * against the model. The files hold the demo as of its build day (`today` in
 * holes.json); what these functions return is the demo as of the day it is
 * loaded (today by default), every date moved by the days in between
 * (`shift-dates.ts`), so the documented holes hold in any year.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  NODE_FIELDS,
  allowedPair,
  nodeKind,
  tieFields,
  tieType,
  type GraphNode,
  type GraphTie,
  type NetworkData,
  type NodeKind,
} from '../../model/index.ts';
import { dayOf, daysBetween, shiftDays } from '../../model/period.ts';
import { shiftNetwork } from './shift-dates.ts';

const STRICT_NODE = Object.fromEntries(Object.entries(NODE_FIELDS).map(([k, schema]) => [k, schema.strict()])) as unknown as {
  [K in NodeKind]: ReturnType<(typeof NODE_FIELDS)[K]['strict']>;
};
const STRICT_TIE = tieFields.strict();

/** The planted holes of the demo with their exact ids, as data/demo/holes.json holds them (see data/demo/README.md). */
export interface DemoHoles {
  /** The demo's today: in holes.json the build day, once read the load day. */
  today: string;
  /** KENT ties with a lastContact before this day are the stale ones (hole 7). */
  staleBefore: string;
  conventions: string[];
  healthy: { wijk: string; wijkteam: string; opbouwwerkers: string[]; gebiedsverbinders: string[]; sleutelfiguren: string[]; linkingMembers: string[] };
  noOpbouwwerker: { wijk: string; wijkteam: string; gebiedsverbinders: string[] };
  noSleutelfiguur: { wijk: string };
  singlePersonLink: { wijkteam: string; person: string; initiatives: string[]; otherMembers: string[] };
  departure: { wijkteam: string; person: string; date: string; initiatives: string[]; endedTies: string[]; successor: string };
  duplication: { wijk: string; theme: string; organisations: [string, string] };
  isolatedCluster: { buurt: string; initiatives: string[]; persons: string[] };
  overloadedVolunteers: { persons: string[] };
  lonelyOpbouwwerker: { person: string; wijk: string; initiatives: string[] };
  themeGap: { theme: string; wijken: string[] };
  staleTies: string[];
  isolatedResidents: { noTies: string[]; onlyOneProfessional: { person: string; professional: string; tie: string }[] };
  introduction: { buurt: string; theme: string; initiatives: [string, string] };
  collectiviseren: { buurt: string; theme: string; persons: string[]; initiatives: string[] };
  closedGroup: { buurt: string; initiative: string; persons: string[]; outsideTies: string[] };
}

const demoFile = (name: string) => new URL(`../../../data/demo/${name}`, import.meta.url);

function readJsonArray(name: string): unknown[] {
  const url = demoFile(name);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(url, 'utf8'));
  } catch (error) {
    throw new Error(`demo: kan ${fileURLToPath(url)} niet lezen: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new Error(`demo: ${name} moet een JSON-array zijn`);
  return parsed;
}

function issues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** Days to move the demo's dates by when it is loaded on `loadDay`: from the day its files were built for. */
function shiftTo(loadDay: string): number {
  return daysBetween(storedHoles().today, loadDay);
}

/** A date of the demo's files (data/demo/README.md) as it is once the demo is loaded on `loadDay` (default today). */
export function demoDate(fileDate: string, loadDay: string = dayOf()): string {
  return shiftDays(fileDate, shiftTo(loadDay));
}

/**
 * The demo network as of `loadDay` (default today), parsed and validated:
 * throws naming the file and entry index on the first invalid entry.
 */
export function readDemoNetwork(loadDay: string = dayOf()): NetworkData {
  return shiftNetwork(readStoredNetwork(), shiftTo(loadDay));
}

function readStoredNetwork(): NetworkData {
  const nodes: GraphNode[] = [];
  const kinds = new Map<string, GraphNode['kind']>();
  readJsonArray('nodes.json').forEach((raw, index) => {
    const where = `demo: nodes.json[${index}]`;
    if (!raw || typeof raw !== 'object') throw new Error(`${where}: geen object`);
    const { id, kind, ...fields } = raw as Record<string, unknown>;
    const k = nodeKind.safeParse(kind);
    if (!k.success) throw new Error(`${where}: onbekende soort ${String(kind)}`);
    if (typeof id !== 'string' || !id) throw new Error(`${where}: id ontbreekt`);
    if (kinds.has(id)) throw new Error(`${where}: dubbele id ${id}`);
    const parsed = STRICT_NODE[k.data].safeParse(fields);
    if (!parsed.success) throw new Error(`${where} (${id}): ${issues(parsed.error)}`);
    kinds.set(id, k.data);
    nodes.push({ id, kind: k.data, ...parsed.data } as GraphNode);
  });
  const ties: GraphTie[] = [];
  const tieIds = new Set<string>();
  readJsonArray('ties.json').forEach((raw, index) => {
    const where = `demo: ties.json[${index}]`;
    if (!raw || typeof raw !== 'object') throw new Error(`${where}: geen object`);
    const { id, type, from, to, ...fields } = raw as Record<string, unknown>;
    const t = tieType.safeParse(type);
    if (!t.success) throw new Error(`${where}: onbekend type ${String(type)}`);
    if (typeof id !== 'string' || !id) throw new Error(`${where}: id ontbreekt`);
    if (tieIds.has(id)) throw new Error(`${where}: dubbele id ${id}`);
    tieIds.add(id);
    const fromKind = typeof from === 'string' ? kinds.get(from) : undefined;
    const toKind = typeof to === 'string' ? kinds.get(to) : undefined;
    if (!fromKind || !toKind) throw new Error(`${where} (${id}): onbekend eindpunt ${String(from)} -> ${String(to)}`);
    if (!allowedPair(t.data, fromKind, toKind)) throw new Error(`${where} (${id}): ${t.data} van ${fromKind} naar ${toKind} is niet toegestaan`);
    const parsed = STRICT_TIE.safeParse(fields);
    if (!parsed.success) throw new Error(`${where} (${id}): ${issues(parsed.error)}`);
    ties.push({ id, type: t.data, from: from as string, to: to as string, ...parsed.data });
  });
  return { nodes, ties };
}

function storedHoles(): DemoHoles {
  return JSON.parse(readFileSync(demoFile('holes.json'), 'utf8')) as DemoHoles;
}

/** The planted holes of the demo as of `loadDay` (default today), with their exact ids (see data/demo/README.md). */
export function readDemoHoles(loadDay: string = dayOf()): DemoHoles {
  const holes = storedHoles();
  const move = (date: string) => demoDate(date, loadDay);
  return { ...holes, today: move(holes.today), staleBefore: move(holes.staleBefore), departure: { ...holes.departure, date: move(holes.departure.date) } };
}
