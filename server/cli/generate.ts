import { writeFileSync } from 'node:fs';
import { generateNetwork } from '../services/generate/generate.ts';
import { openStore, storeConfigFromEnv } from '../store/index.ts';
import { CliError, EXIT, type Command } from './command.ts';

export const generateCommand: Command = {
  name: 'generate',
  summary: 'make a synthetic wijknetwerk (clustered by wijk, heavy-tailed) and load it into the store, or write it as JSON',
  usage: 'wijknetwerk generate --nodes 10000 [--ties-per-node 3] [--seed 1] [--out network.json]',
  options: { nodes: { type: 'string' }, 'ties-per-node': { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } },
  async run({ values }) {
    const nodes = Number(values.nodes ?? 1000);
    if (!Number.isInteger(nodes) || nodes < 10 || nodes > 2_000_000) throw new CliError('--nodes moet een geheel getal tussen 10 en 2.000.000 zijn', EXIT.usage);
    const network = generateNetwork({ nodes, tiesPerNode: Number(values['ties-per-node'] ?? 3), seed: Number(values.seed ?? 1) });
    if (typeof values.out === 'string') {
      writeFileSync(values.out, JSON.stringify(network));
      console.log(`${network.nodes.length} knopen en ${network.ties.length} banden geschreven naar ${values.out}`);
      return EXIT.ok;
    }
    const store = await openStore(storeConfigFromEnv());
    try {
      const started = performance.now();
      await store.bulkInsert(network);
      console.log(`${network.nodes.length} knopen en ${network.ties.length} banden geladen in ${Math.round(performance.now() - started)} ms`);
    } finally {
      await store.close();
    }
    return EXIT.ok;
  },
};
