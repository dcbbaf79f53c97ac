import { readFileSync } from 'node:fs';
import { computeAllMeasures } from '../analysis/measures/index.ts';
import { isCsvFile, parseCsvToCsr, parseNetworkFile } from '../analysis/parse-network-file.ts';
import { CliError, EXIT, type Command } from './command.ts';

export const analyseCommand: Command = {
  name: 'analyse',
  summary: 'compute the network measures of a GEXF, GraphML or CSV edge-list file, without touching the database',
  usage: 'wijknetwerk analyse <file> [--json] [--directed] [--weight <attribute>] [--samples <n>]',
  options: { json: { type: 'boolean' }, directed: { type: 'boolean' }, weight: { type: 'string' }, samples: { type: 'string' } },
  async run({ values, positionals }) {
    const file = positionals[0];
    if (!file) throw new CliError('geef een netwerkbestand op', EXIT.usage);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new CliError(`kan ${file} niet lezen`, EXIT.usage);
    }
    const samples = values.samples ? Number(values.samples) : undefined;
    if (samples !== undefined && !(Number.isInteger(samples) && samples > 0)) throw new CliError('--samples moet een positief geheel getal zijn', EXIT.usage);
    const directed = !!values.directed;
    const weight = typeof values.weight === 'string' ? values.weight : null;
    const graph = isCsvFile(text, file) ? parseCsvToCsr(text, { directed, weight }) : parseNetworkFile(text, file, { directed });
    const result = computeAllMeasures(graph, {
      directed,
      weight,
      betweenness: samples ? { samples } : 'exact',
    });
    if (values.json) {
      const nodes = result.nodes.map(({ id, degree, betweenness, closeness, harmonic, pagerank, community, constraint, effectiveSize }) => ({
        id,
        degree,
        betweenness,
        closeness,
        harmonic,
        pagerank,
        community,
        constraint,
        effectiveSize,
      }));
      process.stdout.write(
        `${JSON.stringify({ nodes, communities: result.communities, articulationPoints: result.articulationPoints, bridges: result.bridges })}\n`,
      );
      return EXIT.ok;
    }
    const { graph: info, communities, articulationPoints, bridges, components } = result;
    console.log(`${info.nodes} knopen, ${info.ties} banden${info.directed ? ' (gericht)' : ''}${info.weighted ? ', gewogen' : ''}`);
    console.log(`${components.count} componenten; ${communities.count} gemeenschappen (modulariteit ${communities.modularity?.toFixed(3) ?? '–'})`);
    console.log(`${articulationPoints.length} scharnierpunten, ${bridges.length} bruggen`);
    console.log('\nHoogste betweenness:');
    for (const node of [...result.nodes].sort((a, b) => b.betweenness - a.betweenness).slice(0, 10)) {
      console.log(`  ${node.id.padEnd(24)} betweenness ${node.betweenness.toFixed(4)}  graad ${node.degree}  constraint ${node.constraint?.toFixed(3) ?? '–'}`);
    }
    return EXIT.ok;
  },
};
