/**
 * Generates the Haarlem demo network: nodes.json, ties.json, holes.json and
 * README.md in data/demo. Seeded and deterministic; run with
 *   npx tsx data/demo/build/index.ts
 */
import { writeFileSync } from 'node:fs';
import { buildDemoNetwork } from './demo-network.ts';
import { renderDemoReadme } from './readme.ts';

/** One entry per line: small diffs, still plain JSON. */
function jsonLines(items: unknown[]): string {
  return `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`;
}

const { data, holes } = buildDemoNetwork();
const here = (file: string) => new URL(`../${file}`, import.meta.url);
writeFileSync(here('nodes.json'), jsonLines(data.nodes));
writeFileSync(here('ties.json'), jsonLines(data.ties));
writeFileSync(here('holes.json'), `${JSON.stringify(holes, null, 2)}\n`);
writeFileSync(here('README.md'), renderDemoReadme(data, holes));
console.log(`demo: ${data.nodes.length} nodes, ${data.ties.length} ties`);
