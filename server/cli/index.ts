/**
 * `wijknetwerk <command>`: one entry point for serving, generating, importing
 * and maintaining. Every command has --help; errors print one line, no stack.
 */
import { parseArgs } from 'node:util';
import { CliError, EXIT, type Command } from './command.ts';

/**
 * Each command's module is loaded only when it runs: `analyse` then does not
 * pay for loading the server, the store and the import's workbook reader.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./serve.ts')).serveCommand,
  generate: async () => (await import('./generate.ts')).generateCommand,
  analyse: async () => (await import('./analyse.ts')).analyseCommand,
  import: async () => (await import('./import.ts')).importCommand,
  export: async () => (await import('./export.ts')).exportCommand,
  backup: async () => (await import('./backup.ts')).backupCommand,
  restore: async () => (await import('./backup.ts')).restoreCommand,
  users: async () => (await import('./users.ts')).usersCommand,
  schema: async () => (await import('./schema.ts')).schemaCommand,
};

async function overview(): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  const lines = commands.map((command) => `  ${command.name.padEnd(10)} ${command.summary}`);
  return `Gebruik: wijknetwerk <command> [opties]\n\nCommands:\n${lines.join('\n')}\n\nwijknetwerk <command> --help toont de opties van een command.\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(await overview());
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(`onbekend command: ${name}\n\n${await overview()}`);
    return EXIT.usage;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.summary}\n\nGebruik: ${command.usage}\n`);
    return EXIT.ok;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    return await command.run({ values: values as Record<string, string | boolean | undefined>, positionals });
  } catch (error) {
    const usage = error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
    const exitCode = error instanceof CliError ? error.exitCode : usage ? EXIT.usage : EXIT.failure;
    process.stderr.write(`fout: ${error instanceof Error ? error.message : String(error)}\n`);
    if (usage) process.stderr.write(`Gebruik: ${command.usage}\n`);
    return exitCode;
  }
}

const exitCode = await main(process.argv.slice(2));
// Kùzu 0.11's native module can crash (SIGSEGV) when Node exits on its own after writes,
// even with the database closed. Every command has closed its store by now: end explicitly,
// once stdout has drained.
process.stdout.write('', () => process.exit(exitCode));
