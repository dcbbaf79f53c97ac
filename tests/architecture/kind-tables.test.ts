/**
 * Every table keyed by node kind or tie type, in one list. The compiler
 * already names a table that misses a key (they are typed `Record<NodeKind,
 * …>` or `Record<TieType, …>`); this test also catches a table that was
 * loosened to `Record<string, …>` or filled by a cast.
 */
import { describe, expect, it } from 'vitest';

import { NODE_FORM } from '../../client/panels/fields.ts';
import { NODE_COLORS, TIE_GROUP_OF } from '../../client/core/appearance/index.ts';
import { KIND_ORDER } from '../../client/core/layout/index.ts';
import { nl } from '../../client/i18n/nl.ts';
import { KEY_FIGURE_OF_KIND } from '../../server/analysis/compare/index.ts';
import { IS_SOCIAL_KIND, SOCIAL_KINDS } from '../../server/analysis/projection.ts';
import { NODE_ID_PREFIX, NODE_KINDS, TIE_ENDPOINTS, TIE_TYPES } from '../../server/model/index.ts';
import { COLUMN_KINDS, NODE_COLUMN_ORDER, NODE_PARAM_ORDER, PARAM_TYPES } from '../../server/services/reports/report-file.ts';

const sorted = (values: Iterable<string>) => [...values].sort();

const BY_NODE_KIND: Record<string, object> = {
  'model NODE_ID_PREFIX': NODE_ID_PREFIX,
  'analysis/projection IS_SOCIAL_KIND': IS_SOCIAL_KIND,
  'services/reports NODE_PARAM_ORDER': NODE_PARAM_ORDER,
  'services/reports NODE_COLUMN_ORDER': NODE_COLUMN_ORDER,
  'client/panels NODE_FORM': NODE_FORM,
  'client/core/layout KIND_ORDER': KIND_ORDER,
  'client/i18n nl.kinds': nl.kinds,
};

const BY_TIE_TYPE: Record<string, object> = {
  'model TIE_ENDPOINTS': TIE_ENDPOINTS,
  'client/core/appearance TIE_GROUP_OF': TIE_GROUP_OF,
  'client/i18n nl.tieTypes': nl.tieTypes,
};

describe('kind tables', () => {
  it.each(Object.entries(BY_NODE_KIND))('%s has every node kind, and only those', (_name, table) => {
    expect(sorted(Object.keys(table))).toEqual(sorted(NODE_KINDS));
  });

  it.each(Object.entries(BY_TIE_TYPE))('%s has every tie type, and only those', (_name, table) => {
    expect(sorted(Object.keys(table))).toEqual(sorted(TIE_TYPES));
  });

  it('every tie endpoint is a node kind', () => {
    for (const pairs of Object.values(TIE_ENDPOINTS)) for (const pair of pairs) for (const kind of pair) expect(NODE_KINDS).toContain(kind);
  });

  it('report parameters and columns take every node kind', () => {
    for (const kind of NODE_KINDS) {
      expect(PARAM_TYPES).toContain(kind);
      expect(COLUMN_KINDS).toContain(kind);
    }
  });

  it('the map colours every kind (persons by style)', () => {
    for (const kind of NODE_KINDS) if (kind !== 'persoon') expect(Object.keys(NODE_COLORS)).toContain(kind);
    expect(Object.keys(NODE_COLORS)).toEqual(expect.arrayContaining(['bewoner', 'sleutelfiguur', 'professional']));
  });

  it('every social kind has a key figure', () => {
    expect(sorted(Object.keys(KEY_FIGURE_OF_KIND))).toEqual(sorted(SOCIAL_KINDS));
  });
});
