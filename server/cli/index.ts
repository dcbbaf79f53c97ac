/**
 * `wijknetwerk <command>`: one entry point for serving, generating, importing
 * and maintaining. Every command has --help; errors print one line, no stack.
 */
import { parseArgs } from 'node:util';
import { CliError, EXIT, type Command } from './command.ts';
import { analyseCommand } from './analyse.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import { exportCommand } from './export.ts';
import { generateCommand } from './generate.ts';
import { importCommand } from './import.ts';
import { schemaCommand } from './schema.ts';
import { serveCommand } from './serve.ts';
import { usersCommand } from './users.ts';

const COMMANDS: Command[] = [
  serveCommand,
  generateCommand,
  analyseCommand,
  importCommand,
  exportCommand,
  backupCommand,
  restoreCommand,
  usersCommand,
  schemaCommand,
];

function overview(): string {
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(10)} ${command.summary}`);
  return `Gebruik: wijknetwerk <command> [opties]\n\nCommands:\n${lines.join('\n')}\n\nwijknetwerk <command> --help toont de opties van een command.\n`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(overview());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    process.stderr.write(`onbekend command: ${name}\n\n${overview()}`);
    return EXIT.usage;
  }
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
