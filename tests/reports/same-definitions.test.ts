/**
 * The saved reports that answer the analyses' questions use the analyses'
 * definitions, written out in Cypher: the lists of social tie types,
 * professional roles and public organisation types are the model's, and the
 * wijk's network is one block, the same in every report that scopes by wijk.
 * (tests/analysis/one-truth.test.ts checks that they give the same answers.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PUBLIC_ORGANISATION_TYPES } from '../../server/analysis/formal.ts';
import { SOCIAL_TIES } from '../../server/analysis/projection.ts';
import { PROFESSIONAL_ROLES } from '../../server/model/index.ts';

const folder = new URL('../../cypher/reports/', import.meta.url);
const reports = readdirSync(folder)
  .filter((file) => file.endsWith('.cypher'))
  .map((file) => ({ id: file.replace(/\.cypher$/, ''), text: readFileSync(new URL(file, folder), 'utf8') }));

const sorted = (items: readonly string[]) => [...items].sort();
/** Every list literal of quoted words, as its words. */
const lists = (text: string) => [...text.matchAll(/\[('[a-z_]+'(?:, '[a-z_]+')*)\]/g)].map((match) => match[1]!.split(', ').map((word) => word.slice(1, -1)));

describe('the reports’ definitions are the model’s', () => {
  it('a union of relationship types that means “every social tie” lists exactly the social ties', () => {
    let seen = 0;
    for (const { id, text } of reports) {
      for (const [, union] of text.matchAll(/\[\w*:((?:[A-Z_]+\|){5,}[A-Z_]+)\]/g)) {
        expect(sorted(union!.split('|')), id).toEqual(sorted(SOCIAL_TIES));
        seen++;
      }
    }
    expect(seen).toBeGreaterThan(10);
  });

  it('a list of professional roles is the model’s, and so is a list of public organisation types', () => {
    let roles = 0;
    let types = 0;
    for (const { id, text } of reports) {
      for (const list of lists(text)) {
        if (list.includes('opbouwwerker') && list.includes('wijkteamlid')) (expect(sorted(list), id).toEqual(sorted(PROFESSIONAL_ROLES)), roles++);
        if (list.includes('gemeente') && list.includes('welzijn')) (expect(sorted(list), id).toEqual(sorted(PUBLIC_ORGANISATION_TYPES)), types++);
      }
    }
    expect(roles).toBeGreaterThan(5);
    expect(types).toBeGreaterThan(0);
  });

  it('the wijk’s network is one block, the same in every report that scopes by wijk', () => {
    const blocks = reports.flatMap(({ id, text }) => {
      const start = text.indexOf("// The wijk's network as the analyses see it");
      return start < 0 ? [] : [{ id, block: text.slice(start, text.indexOf(' AS netwerk', start)) }];
    });
    expect(blocks.map((each) => each.id).sort()).toEqual(
      ['alleen-via-professional', 'geisoleerde-bewoners', 'initiatieven-zonder-verbinding', 'sleutelfiguren-per-wijk', 'verouderde-banden', 'wijkteam-initiatief-via-een-persoon'].sort(),
    );
    for (const { id, block } of blocks) expect(block, id).toBe(blocks[0]!.block);
  });
});
