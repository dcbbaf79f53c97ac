/**
 * Who may change what. One rule for every write path (screens, imports,
 * intake, merges, the CLI), applied to the net changes of a request:
 *
 * - The beheerder and the system may change everything; the analist nothing.
 * - Gebiedsverbinders and opbouwwerkers change nodes in their own gebieden
 *   (persons, organisations, wijkteams, initiatives, places; a gebied only
 *   below one of theirs). Thema's are shared vocabulary: the beheerder's.
 * - A wijkteamlid records residents (no professional roles), kent- and
 *   verwijst-naar-ties and contacts, in their own gebieden; it changes or
 *   deletes no existing node.
 * - "In your gebieden" is judged on the network as it was before the request
 *   (see `Scopes`). A node the request creates counts as yours when the same
 *   request places it in one of your gebieden.
 * - A tie counts both ends: every person at it must be yours, and a tie that
 *   places something (woont in, actief in, werkt in, ligt in, vindt plaats
 *   in) needs both ends yours, because it decides where that thing belongs.
 *   Any other tie needs at least one end yours (linking a resident of your
 *   wijk to a city-wide organisation or a theme is normal).
 */
import { PROFESSIONAL_ROLES, SCOPED_EDITOR_KINDS, WIJKTEAMLID_TIE_TYPES, kindOfNodeId, type GraphNode, type GraphTie, type NodeKind, type TieType } from '../../model/index.ts';
import { PLACEMENT_TIES } from '../privacy/scopes.ts';
import type { EntityChange } from './plan.ts';
import type { Actor, WriteProblem } from './types.ts';

const EDITOR_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>(SCOPED_EDITOR_KINDS);
const WIJKTEAM_TIE_TYPES: ReadonlySet<TieType> = new Set<TieType>(WIJKTEAMLID_TIE_TYPES);

/**
 * `changes` are the request's net changes and then what it touches without
 * changing (the interviewee of an intake, the tie of a contact moment):
 * `touched` holds those indices. A touched node needs to be yours, a touched
 * tie the same as a changed one.
 */
export function checkRights(actor: Actor, changes: readonly EntityChange[], scopeBefore: ReadonlySet<string>, refs: readonly (string | undefined)[], touched: ReadonlySet<number> = new Set()): WriteProblem[] {
  if (actor.role === 'beheerder' || actor.role === 'systeem') return [];
  const problems: WriteProblem[] = [];
  const refuse = (change: EntityChange, message: string) =>
    problems.push({ index: change.index, ...(refs[change.index] ? { ref: refs[change.index] } : {}), path: change.entity === 'node' ? 'id' : 'type', message, status: 403 });
  if (actor.role === 'analist') {
    for (const change of changes.slice(0, 1)) refuse(change, 'uw rol (analist) wijzigt het netwerk niet');
    return problems;
  }
  const created = new Set(changes.filter((change) => change.op === 'create' && change.entity === 'node').map((change) => change.id));
  const placedInScope = new Set<string>();
  for (const change of changes) {
    const tie = change.after as GraphTie | undefined;
    if (change.entity !== 'tie' || change.op !== 'create' || !tie || !PLACEMENT_TIES.has(tie.type)) continue;
    if (created.has(tie.from) && scopeBefore.has(tie.to)) placedInScope.add(tie.from);
  }
  for (const change of changes) {
    const node = (change.after ?? change.before) as GraphNode;
    if (change.entity !== 'node' || change.op !== 'create' || node.kind !== 'gebied') continue;
    if (typeof node.parentId === 'string' && scopeBefore.has(node.parentId)) placedInScope.add(node.id);
  }
  const mine = (id: string) => scopeBefore.has(id) || placedInScope.has(id);
  const wijkteamlid = actor.role === 'wijkteamlid';
  // Ties that go because their node goes are judged with that node.
  const deletedNodes = new Set(changes.filter((change) => change.entity === 'node' && change.op === 'delete').map((change) => change.id));

  for (const change of changes) {
    if (change.entity === 'node') {
      const node = (change.after ?? change.before) as GraphNode;
      const what = `${node.kind} '${node.id}'`;
      if (touched.has(change.index)) {
        if (!mine(node.id)) refuse(change, `${what} ligt buiten uw gebied`);
        continue;
      }
      if (wijkteamlid) {
        if (change.op !== 'create' || node.kind !== 'persoon') refuse(change, `een wijkteamlid legt bewoners vast, maar wijzigt of verwijdert geen ${node.kind === 'persoon' ? 'bestaande personen' : `${node.kind}s`}`);
        else if ((node.roles as string[] | undefined)?.some((role) => (PROFESSIONAL_ROLES as readonly string[]).includes(role)))
          refuse(change, 'een wijkteamlid legt alleen bewoners vast (zonder professionele rol)');
        else if (!mine(node.id)) refuse(change, `${what} ligt niet in uw gebied: geef een wijk of buurt van u op`);
        continue;
      }
      if (!EDITOR_KINDS.has(node.kind)) refuse(change, `${node.kind === 'thema' ? "thema's" : node.kind} beheert alleen de beheerder`);
      else if (node.kind === 'gebied' && change.op !== 'update' && !placedInScope.has(node.id)) refuse(change, 'alleen de beheerder maakt of verwijdert gebieden buiten een gebied van u');
      else if (!mine(node.id)) refuse(change, change.op === 'create' ? `${what} komt niet in uw gebied: koppel het aan een wijk of buurt van u` : `${what} ligt buiten uw gebied`);
      else if (change.op === 'update' && node.kind === 'gebied') {
        const parent = (change.after as GraphNode).parentId;
        if (parent !== (change.before as GraphNode).parentId && (typeof parent !== 'string' || !mine(parent))) refuse(change, 'een gebied kan alleen onder een gebied van u komen te liggen');
      }
      continue;
    }
    const tie = (change.after ?? change.before) as GraphTie;
    if (change.op === 'delete' && (deletedNodes.has(tie.from) || deletedNodes.has(tie.to))) continue;
    const what = `een ${tie.type}-band`;
    if (wijkteamlid && !WIJKTEAM_TIE_TYPES.has(tie.type) && !(change.op === 'create' && tie.type === 'WOONT_IN' && created.has(tie.from))) {
      refuse(change, `${what}: een wijkteamlid legt alleen kent- en verwijsbanden vast`);
      continue;
    }
    const ends = [tie.from, tie.to];
    const outsidePerson = ends.find((id) => kindOfNodeId(id) === 'persoon' && !mine(id));
    if (outsidePerson) refuse(change, `${what} met persoon '${outsidePerson}', die buiten uw gebied valt`);
    else if (PLACEMENT_TIES.has(tie.type) && !ends.every(mine)) refuse(change, `${what} naar een plek of gebied buiten uw gebied: die band bepaalt waar iets hoort`);
    else if (!ends.some(mine)) refuse(change, `${what} tussen twee knopen buiten uw gebied`);
  }
  return problems;
}
