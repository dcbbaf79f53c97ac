/**
 * What one account may see and change. Rules:
 * - beheerder sees and changes everything;
 * - gebiedsverbinder and opbouwwerker read everything, see names only of
 *   persons in their own gebieden, and change only what touches those gebieden;
 * - wijkteamlid reads like them and records contacts and referrals in scope;
 * - analist reads everything pseudonymised, and never changes the network;
 * - persons without a legal basis (consentBasis `geen`) are pseudonymised for
 *   everyone but the beheerder, and left off the map (they appear as counts).
 */
import { SCOPED_ROLES, type GraphNode, type NetworkData, type PublicUser, type TieType } from '../../model/index.ts';
import { nodesInGebieden } from '../../analysis/scope.ts';
import { AppError } from '../../errors.ts';
import type { NetworkCache } from '../network-cache.ts';
import { textRedactor, type Pseudonymiser } from '../privacy/pseudonyms.ts';

export interface Access {
  user: PublicUser;
  /** Node ids in the account's gebieden; undefined means everything. */
  scope?: Set<string>;
  /** Persons whose names this account must not see. */
  hiddenPersons: Set<string>;
  /**
   * Whether this person's name and contact must be hidden: the hidden persons,
   * and for everyone but the beheerder also persons no longer in the network
   * (deleted or renamed ones still named in history).
   */
  hides(personId: string): boolean;
  /** The person's stable pseudonym. */
  pseudonym(personId: string): string;
  /** Whether a node lies in the account's gebieden (always true without a scope). */
  inScope(id: string): boolean;
  /** Replaces hidden persons' names and contact details in a response text. */
  redact(text: string): string;
  mayChangeNode(id: string): boolean;
  mayChangeTie(type: TieType, from: string, to: string): boolean;
  /** Throws 403 unless every check passes. */
  require(allowed: boolean, what: string): void;
}

type Computed = Omit<Access, 'user' | 'require' | 'mayChangeNode' | 'mayChangeTie' | 'inScope' | 'hides' | 'pseudonym'> & { persons: Set<string> };

const WIJKTEAM_TIE_TYPES: readonly TieType[] = ['KENT', 'VERWIJST_NAAR'];

export class AccessService {
  private cached = new Map<string, { version: number; access: Computed }>();

  constructor(
    private readonly cache: NetworkCache,
    private readonly pseudonymiser: Pseudonymiser,
  ) {}

  async forUser(user: PublicUser): Promise<Access> {
    const key = `${user.role}:${[...user.gebieden].sort().join(',')}`;
    let entry = this.cached.get(key);
    if (!entry || entry.version !== this.cache.version) {
      const version = this.cache.version;
      entry = { version, access: this.compute(user, await this.cache.data()) };
      this.cached.set(key, entry);
    }
    const { scope, persons, hiddenPersons } = entry.access;
    const inScope = (id: string) => !scope || scope.has(id);
    const editor = user.role === 'beheerder' || user.role === 'gebiedsverbinder' || user.role === 'opbouwwerker';
    return {
      ...entry.access,
      user,
      inScope,
      hides: (id) => user.role !== 'beheerder' && (hiddenPersons.has(id) || !persons.has(id)),
      pseudonym: (id) => this.pseudonymiser.pseudonym(id),
      mayChangeNode: (id) => editor && inScope(id),
      mayChangeTie: (type, from, to) => {
        const touchesScope = inScope(from) || inScope(to);
        if (editor) return touchesScope;
        return user.role === 'wijkteamlid' && WIJKTEAM_TIE_TYPES.includes(type) && touchesScope;
      },
      require(allowed, what) {
        if (!allowed) throw new AppError(403, 'forbidden', `uw rol (${user.role}) mag dit niet: ${what}`);
      },
    };
  }

  private compute(user: PublicUser, network: NetworkData): Computed {
    const scoped = SCOPED_ROLES.includes(user.role);
    const scope = scoped ? nodesInGebieden(network, user.gebieden) : undefined;
    const hiddenPersons = new Set<string>();
    const persons = new Set<string>();
    const replacements = new Map<string, string>();
    for (const node of network.nodes) {
      if (node.kind !== 'persoon') continue;
      persons.add(node.id);
      if (!this.mustHide(user, node, scope)) continue;
      hiddenPersons.add(node.id);
      const pseudonym = this.pseudonymiser.pseudonym(node.id);
      // A name can reach a response escaped (XML, HTML, JSON) or decomposed: replace every form.
      for (const form of encodedForms(node.name)) replacements.set(form, pseudonym);
      if (typeof node.contact === 'string') for (const form of encodedForms(node.contact)) replacements.set(form, '[verborgen]');
    }
    return { scope, persons, hiddenPersons, redact: textRedactor(replacements) };
  }

  private mustHide(user: PublicUser, person: GraphNode, scope: Set<string> | undefined): boolean {
    if (user.role === 'beheerder') return false;
    if (user.role === 'analist' || person.consentBasis === 'geen' || !person.consentBasis) return true;
    return !!scope && !scope.has(person.id);
  }
}

/** The forms a text takes in the response formats: as is, Unicode-decomposed, XML/HTML-escaped, JSON-escaped. */
export function encodedForms(text: string): string[] {
  const forms = new Set([text, text.normalize('NFC'), text.normalize('NFD')]);
  for (const form of [...forms]) {
    forms.add(form.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'));
    forms.add(form.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    forms.add(form.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&#34;').replace(/'/g, '&#x27;'));
    forms.add(JSON.stringify(form).slice(1, -1));
    forms.add(form.replace(/"/g, '""'));
  }
  return [...forms];
}
