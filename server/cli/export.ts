/** `wijknetwerk export --format <gexf|graphml|json> <file>`: the whole network, or the part in some gebieden. */
import { writeFileSync } from 'node:fs';
import { filterNetwork } from '../analysis/scope.ts';
import { EXPORT_FORMATS, exportNetwork, type ExportFormat } from '../services/export/export.ts';
import { openStore, storeConfigFromEnv } from '../store/index.ts';
import { CliError, EXIT, type Command } from './command.ts';

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the network as GEXF (Gephi), GraphML (yEd) or JSON',
  usage: 'wijknetwerk export --format <gexf|graphml|json> <file> [--gebied geb_x,geb_y] [--kind persoon,initiatief]',
  options: { format: { type: 'string' }, gebied: { type: 'string' }, kind: { type: 'string' } },
  async run({ values, positionals }) {
    const format = values.format as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format)) throw new CliError(`--format moet een van ${EXPORT_FORMATS.join(', ')} zijn`, EXIT.usage);
    const file = positionals[0];
    if (!file) throw new CliError('geef het bestand op', EXIT.usage);
    const list = (value: unknown) => (typeof value === 'string' ? value.split(',').map((item) => item.trim()).filter(Boolean) : undefined);
    const store = await openStore(storeConfigFromEnv());
    try {
      const network = filterNetwork(await store.readNetwork(), { gebieden: list(values.gebied), kinds: list(values.kind) });
      writeFileSync(file, exportNetwork(network, format));
      console.log(`${network.nodes.length} knopen en ${network.ties.length} banden geschreven naar ${file}`);
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
