import { readFileSync, writeFileSync } from 'node:fs';
import { SYSTEM_ACTOR } from '../services/write/types.ts';
import { CliError, EXIT, type Command } from './command.ts';
import { withServices } from './with-services.ts';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'write the network, accounts, records and history to one JSON file',
  usage: 'wijknetwerk backup <bestand.json>',
  options: {},
  async run({ positionals }) {
    const file = positionals[0];
    if (!file) throw new CliError('geef een bestandsnaam op', EXIT.usage);
    return withServices(async ({ backup: backups }) => {
      const backup = await backups.create();
      writeFileSync(file, JSON.stringify(backup));
      console.log(`backup geschreven naar ${file}: ${backup.network.nodes.length} knopen, ${backup.network.ties.length} banden, ${backup.records.length} records`);
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
    return withServices(async ({ backup }) => {
      const restored = await backup.restore({ ...SYSTEM_ACTOR, username: 'cli' }, content);
      console.log(`hersteld: ${restored.nodes} knopen, ${restored.ties} banden, ${restored.records} records${restored.erased ? `; ${restored.erased} gewiste personen bleven weg` : ''}`);
      return EXIT.ok;
    });
  },
};
