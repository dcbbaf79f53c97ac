import { renderSchemaFile } from '../store/schema.ts';
import { CliError, EXIT, type Command } from './command.ts';

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'print the graph schema derived from the model (kuzu or neo4j)',
  usage: 'wijknetwerk schema <kuzu|neo4j>',
  options: {},
  async run({ positionals }) {
    const engine = positionals[0];
    if (engine !== 'kuzu' && engine !== 'neo4j') throw new CliError('kies kuzu of neo4j', EXIT.usage);
    process.stdout.write(renderSchemaFile(engine));
    return EXIT.ok;
  },
};
