/**
 * What one viewer may see: the one visibility policy. Every read path builds
 * its output through a `Viewer`, where the data is produced: nodes, ties,
 * the graph, search, reports, exports, history, contacts, analysis results
 * and the rapportage. Nothing rewrites a response afterwards.
 *
 * | viewer                      | persons without a legal basis | names and contact details        |
 * |-----------------------------|-------------------------------|----------------------------------|
 * | beheerder                   | shown                         | all                              |
 * | gebiedsverbinder, opbouwwerker, wijkteamlid | left out (counted) | of persons in their own gebieden |
 * | analist                     | left out (counted)            | none: pseudonyms                 |
 *
 * A person a viewer may see but not identify is shown by a stable pseudonym
 * (`Persoon 7F3A2C`), with roles and dates but no contact, purpose or external
 * id. Every person shown is remembered as a subject of the request's audit
 * entry.
 */
import { PROFESSIONAL_ROLES, SCOPED_ROLES, kindOfNodeId, username, type GraphNode, type GraphTie, type NetworkData, type PersonRole, type PublicUser, type Role } from '../../model/index.ts';
import type { Presenter } from '../../model/presenter.ts';
import type { Recorder } from '../../model/wire/provenance.ts';
import type { NetworkCache } from '../network-cache.ts';
import type { Pseudonymiser } from './pseudonyms.ts';
import type { Scopes } from './scopes.ts';

/** What a viewer calls a person it may not see at all. */
export const UNSEEN_PERSON = 'een bewoner zonder grondslag';

/** Fields of a person shown only to those who may identify them, and kept out of every copy and analysis. */
export const IDENTIFYING_FIELDS = ['contact', 'consentPurpose', 'externalId', 'consentDate'] as const;

export function hasLegalBasis(node: GraphNode): boolean {
  return node.kind !== 'persoon' || (node.consentBasis !== undefined && node.consentBasis !== 'geen');
}

export class Viewer implements Presenter {
  /** Persons shown in this request (ids), for the audit. */
  readonly subjects = new Set<string>();
  /** Set when the request wrote through the write path, which audits the change itself. */
  wrote = false;

  constructor(
    readonly user: PublicUser,
    /** Node ids in the viewer's gebieden; undefined for roles without a scope. */
    readonly scope: ReadonlySet<string> | undefined,
    private readonly cache: NetworkCache,
    private readonly pseudonymiser: Pseudonymiser,
  ) {}

  get role(): Role {
    return this.user.role;
  }

  /** Whether the node appears for this viewer at all (judged on the node as given, e.g. an old state from history). */
  sees(node: GraphNode): boolean {
    return this.role === 'beheerder' || hasLegalBasis(node);
  }

  /** Whether this viewer sees this person's name and contact. */
  identifies(node: GraphNode): boolean {
    if (node.kind !== 'persoon' || this.role === 'beheerder') return true;
    if (this.role === 'analist' || !hasLegalBasis(node)) return false;
    return !!this.scope?.has(node.id) && !!this.cache.nodeNow(node.id);
  }

  pseudonym(id: string): string {
    return this.pseudonymiser.pseudonym(id);
  }

  /** The node as this viewer may see it, or null. Records the person as a subject. */
  node(node: GraphNode): GraphNode | null {
    if (!this.sees(node)) return null;
    if (node.kind !== 'persoon') return node;
    this.subjects.add(node.id);
    if (this.identifies(node)) return node;
    const shown: GraphNode = { ...node, name: this.pseudonym(node.id) };
    for (const field of IDENTIFYING_FIELDS) delete shown[field];
    return shown;
  }

  /** The tie as this viewer may see it, or null when an end is not visible. */
  tie(tie: GraphTie): GraphTie | null {
    for (const end of [tie.from, tie.to]) {
      const node = this.cache.nodeNow(end);
      if (node && !this.sees(node)) return null;
      if (end.startsWith('per_')) this.subjects.add(end);
    }
    if (this.role !== 'analist' || !tie.recordedBy) return tie;
    const { recordedBy: _who, ...rest } = tie;
    return rest;
  }

  /** The network as this viewer may see it, and how many nodes were left out. */
  network(data: NetworkData): NetworkData & { hidden: number } {
    const nodes: GraphNode[] = [];
    const kept = new Set<string>();
    for (const node of data.nodes) {
      const shown = this.node(node);
      if (!shown) continue;
      nodes.push(shown);
      kept.add(node.id);
    }
    const ties: GraphTie[] = [];
    for (const tie of data.ties) {
      if (!kept.has(tie.from) || !kept.has(tie.to)) continue;
      const shown = this.tie(tie);
      if (shown) ties.push(shown);
    }
    return { nodes, ties, hidden: data.nodes.length - nodes.length };
  }

  /**
   * Who recorded a tie (its `recordedBy`), in words this viewer may read:
   * a person of the network by the label this viewer sees for them, an
   * account (`account`, when `recordedBy` names one) by its display name and
   * role, a source's own text as it is. Never the id behind it. The analist
   * gets ties without `recordedBy` and so never asks.
   */
  recorder(recordedBy: string, account: PublicUser | undefined, system: string): Recorder {
    if (recordedBy === system) return { kind: 'systeem' };
    if (account) return { kind: 'account', role: account.role, ...(account.displayName ? { name: account.displayName } : {}) };
    if (kindOfNodeId(recordedBy) === 'persoon') {
      const node = this.cache.nodeNow(recordedBy);
      if (!node) return { kind: 'onbekend' };
      const role = this.sees(node) ? (node.roles as PersonRole[] | undefined)?.find((one) => PROFESSIONAL_ROLES.includes(one)) : undefined;
      return { kind: 'persoon', name: this.label(recordedBy), ...(role ? { role } : {}) };
    }
    // Shaped like a user name but no account (any more): say nothing of who it was.
    return username.safeParse(recordedBy).success ? { kind: 'onbekend' } : { kind: 'tekst', text: recordedBy };
  }

  // Presenter, for analysis results: a node by id on the current network.
  visible(id: string): boolean {
    const node = this.cache.nodeNow(id);
    return !node || this.sees(node);
  }

  label(id: string): string {
    const node = this.cache.nodeNow(id);
    if (!node) return id.startsWith('per_') && this.role !== 'beheerder' ? this.pseudonym(id) : id;
    if (!this.sees(node)) return UNSEEN_PERSON;
    if (node.kind === 'persoon') this.subjects.add(node.id);
    return this.identifies(node) ? node.name : this.pseudonym(node.id);
  }
}

/** Makes the viewer of each request. */
export class Policy {
  constructor(
    private readonly cache: NetworkCache,
    private readonly scopes: Scopes,
    private readonly pseudonymiser: Pseudonymiser,
  ) {}

  async viewer(user: PublicUser): Promise<Viewer> {
    await this.cache.ready();
    return new Viewer(user, SCOPED_ROLES.includes(user.role) ? this.scopes.of(user.gebieden) : undefined, this.cache, this.pseudonymiser);
  }
}
