import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchemaFile } from '../../server/store/schema.ts';

describe('cypher/schema', () => {
  it.each(['kuzu', 'neo4j'] as const)('%s.cypher matches the model (regenerate with `npx wijknetwerk schema %s`)', (engine) => {
    const file = readFileSync(new URL(`../../cypher/schema/${engine}.cypher`, import.meta.url), 'utf8');
    expect(file).toBe(renderSchemaFile(engine));
  });
});
