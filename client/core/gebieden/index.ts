/**
 * The gebied hierarchy of the model (stad › stadsdeel › wijk › buurt), read
 * from the catalog: the trail from the stad down to a gebied, the wijken under
 * a gebied, and the wijk filter's choice, in which a whole stadsdeel stands
 * for all its wijken.
 */
import type Graph from 'graphology';
import { GEBIED_LEVELS, type GebiedLevel } from '../../../server/model/index.ts';

export interface Place {
  id: string;
  name: string;
  level: GebiedLevel;
  parent?: string;
}

const byName = (a: Place, b: Place) => a.name.localeCompare(b.name, 'nl');

export class Places {
  readonly byId = new Map<string, Place>();
  private readonly children = new Map<string, Place[]>();

  constructor(graph: Graph) {
    graph.forEachNode((id, attributes) => {
      if (attributes.kind !== 'gebied' || !GEBIED_LEVELS.includes(attributes.level as GebiedLevel)) return;
      this.byId.set(id, { id, name: String(attributes.name ?? id), level: attributes.level as GebiedLevel, ...(typeof attributes.parentId === 'string' ? { parent: attributes.parentId } : {}) });
    });
    for (const place of this.byId.values()) {
      if (!place.parent || !this.byId.has(place.parent)) continue;
      const list = this.children.get(place.parent) ?? [];
      list.push(place);
      this.children.set(place.parent, list);
    }
    for (const list of this.children.values()) list.sort(byName);
  }

  /** The stad the hierarchy starts from (the first by name when there are several). */
  root(): Place | undefined {
    return [...this.byId.values()].filter((place) => place.level === 'stad').sort(byName)[0];
  }

  /** From the top down to the gebied itself. */
  trail(id: string): Place[] {
    const out: Place[] = [];
    for (let place = this.byId.get(id); place && !out.includes(place); place = place.parent ? this.byId.get(place.parent) : undefined) out.unshift(place);
    return out;
  }

  /** The wijken at or under a gebied, by name. */
  wijkenOf(id: string): Place[] {
    const place = this.byId.get(id);
    if (!place) return [];
    if (place.level === 'wijk') return [place];
    return (this.children.get(id) ?? []).flatMap((child) => this.wijkenOf(child.id));
  }

  /** The stadsdelen, each with its wijken, by name; wijken without a stadsdeel come last under no stadsdeel. */
  groups(): { stadsdeel: Place | null; wijken: Place[] }[] {
    const wijken = [...this.byId.values()].filter((place) => place.level === 'wijk').sort(byName);
    const stadsdelen = [...this.byId.values()].filter((place) => place.level === 'stadsdeel').sort(byName);
    const stadsdeelOf = (wijk: Place) => this.trail(wijk.id).find((place) => place.level === 'stadsdeel');
    const groups = stadsdelen.map((stadsdeel) => ({ stadsdeel: stadsdeel as Place | null, wijken: wijken.filter((wijk) => stadsdeelOf(wijk) === stadsdeel) }));
    const loose = wijken.filter((wijk) => !stadsdeelOf(wijk));
    return [...groups.filter((group) => group.wijken.length), ...(loose.length ? [{ stadsdeel: null, wijken: loose }] : [])];
  }

  /** The trail the given gebieden share, from the top. */
  commonTrail(ids: readonly string[]): Place[] {
    const trails = ids.map((id) => this.trail(id));
    const first = trails[0] ?? [];
    let length = 0;
    while (length < first.length && trails.every((trail) => trail[length] === first[length])) length++;
    return first.slice(0, length);
  }
}

/** The wijken a choice of the wijk filter covers: a stadsdeel (or stad) counts as all its wijken. */
export function chosenWijken(places: Places, chosen: readonly string[]): Set<string> {
  return new Set(chosen.flatMap((id) => places.wijkenOf(id).map((wijk) => wijk.id)));
}

/**
 * The filter's choice after ticking or unticking wijken: a stadsdeel whose
 * wijken are all ticked is kept as the stadsdeel (a short link that stays
 * right when a wijk is added to it); other gebieden in the choice (a buurt)
 * stay as they are.
 */
export function chooseWijken(places: Places, chosen: readonly string[], wijken: readonly string[], on: boolean): string[] {
  const covered = chosenWijken(places, chosen);
  for (const wijk of wijken) on ? covered.add(wijk) : covered.delete(wijk);
  const others = chosen.filter((id) => {
    const level = places.byId.get(id)?.level;
    return level !== 'wijk' && level !== 'stadsdeel' && level !== 'stad';
  });
  const out: string[] = [];
  for (const { stadsdeel, wijken: members } of places.groups()) {
    if (stadsdeel && members.every((wijk) => covered.has(wijk.id))) out.push(stadsdeel.id);
    else out.push(...members.filter((wijk) => covered.has(wijk.id)).map((wijk) => wijk.id));
  }
  return [...out, ...others.filter((id) => !out.includes(id))];
}

let memo: { graph: Graph; version: number; places: Places } | null = null;

/** The places of a graph at a version (the catalog's), built once per version. */
export function placesOf(graph: Graph, version: number): Places {
  if (memo?.graph !== graph || memo.version !== version) memo = { graph, version, places: new Places(graph) };
  return memo.places;
}
