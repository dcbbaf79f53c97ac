/** The one rule behind the map's edit controls: per role, and for scoped roles only inside their gebieden. */
import { describe, expect, it } from 'vitest';
import { mayEdit, type EditAction, type EditRights } from '../../client/core/session/may-edit.ts';

const inside = new Set(['per_in', 'per_in2', 'org_in', 'geb_wk_eigen', 'thm_in']);
const rights = (role: EditRights['role']): EditRights => ({ role, scope: role === 'beheerder' || role === 'analist' ? null : inside });

const ACTIONS: Record<string, EditAction> = {
  'a new node': { action: 'createNode' },
  'saving positions': { action: 'saveLayout' },
  'undo and redo': { action: 'undo' },
  'editing a person inside': { action: 'editNode', node: 'per_in', kind: 'persoon' },
  'editing a person outside': { action: 'editNode', node: 'per_out', kind: 'persoon' },
  'editing a theme inside': { action: 'editNode', node: 'thm_in', kind: 'thema' },
  'a tie from a person inside': { action: 'addTie', from: 'per_in', kind: 'persoon' },
  'a werkt-bij tie from a person inside': { action: 'addTie', from: 'per_in', kind: 'persoon', type: 'WERKT_BIJ' },
  'a tie from an organisation inside': { action: 'addTie', from: 'org_in', kind: 'organisatie' },
  'a tie from a person outside': { action: 'addTie', from: 'per_out', kind: 'persoon' },
  'removing a kent tie inside': { action: 'removeTie', from: 'per_in', to: 'per_in2', type: 'KENT' },
  'removing a werkt-bij tie to an organisation outside': { action: 'removeTie', from: 'per_in', to: 'org_out', type: 'WERKT_BIJ' },
  'removing a tie to a person outside': { action: 'removeTie', from: 'org_in', to: 'per_out', type: 'WERKT_BIJ' },
};

const EXPECTED: Record<EditRights['role'], string[]> = {
  beheerder: Object.keys(ACTIONS),
  analist: [],
  gebiedsverbinder: [
    'a new node',
    'saving positions',
    'undo and redo',
    'editing a person inside',
    'a tie from a person inside',
    'a werkt-bij tie from a person inside',
    'a tie from an organisation inside',
    'removing a kent tie inside',
    'removing a werkt-bij tie to an organisation outside',
  ],
  opbouwwerker: [],
  wijkteamlid: ['a new node', 'saving positions', 'undo and redo', 'a tie from a person inside', 'removing a kent tie inside'],
};
EXPECTED.opbouwwerker = EXPECTED.gebiedsverbinder;

describe('mayEdit', () => {
  it.each(Object.keys(EXPECTED) as EditRights['role'][])('%s', (role) => {
    const allowed = Object.entries(ACTIONS)
      .filter(([, action]) => mayEdit(rights(role), action))
      .map(([name]) => name);
    expect(allowed).toEqual(EXPECTED[role]);
  });

  it('allows nothing before the rights are known', () => {
    expect(Object.values(ACTIONS).some((action) => mayEdit(null, action))).toBe(false);
  });
});
