import { readFileSync, writeFileSync } from 'node:fs';
import { createBackup, restoreBackup } from '../services/backup.ts';
import { CliError, EXIT, type Command } from './command.ts';
import { withServices } from './with-services.ts';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'write the whole database (network, accounts, audit log, documents) to one JSON file',
  usage: 'wijknetwerk backup <bestand.json>',
  options: {},
  async run({ positionals }) {
    const file = positionals[0];
    if (!file) throw new CliError('geef een bestandsnaam op', EXIT.usage);
    return withServices(async ({ store }) => {
      const backup = await createBackup(store);
      writeFileSync(file, JSON.stringify(backup));
      console.log(`backup geschreven naar ${file}: ${backup.network.nodes.length} knopen, ${backup.network.ties.length} banden, ${backup.documents.length} documenten`);
      return EXIT.ok;
    });
  },
};

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'replace the whole database with a backup file (the current data stays if the file does not load)',
  usage: 'wijknetwerk restore <bestand.json>',
  options: {},
  async run({ positionals }) {
    const file = positionals[0];
    if (!file) throw new CliError('geef een bestandsnaam op', EXIT.usage);
    let content: unknown;
    try {
      content = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      throw new CliError(`${file} is geen leesbaar JSON-bestand`, EXIT.usage);
    }
    return withServices(async ({ store, network }) => {
      const restored = await restoreBackup(store, network.cache, content);
      console.log(`hersteld: ${restored.nodes} knopen, ${restored.ties} banden, ${restored.documents} documenten`);
      return EXIT.ok;
    });
  },
};
