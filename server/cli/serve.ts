import { defaultServeOptions, startServer } from '../server.ts';
import { describeStartupError } from '../startup-errors.ts';
import { CliError, EXIT, type Command } from './command.ts';
import { supervise } from './supervise.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'start the server (API under /api, client at /); loads the demo network into an empty database',
  usage: 'wijknetwerk serve [--port 3000] [--host localhost] [--no-demo] [--supervise]',
  options: { port: { type: 'string' }, host: { type: 'string' }, 'no-demo': { type: 'boolean' }, supervise: { type: 'boolean' } },
  async run({ values }) {
    if (values.supervise) return supervise(process.argv.slice(3).filter((arg) => arg !== '--supervise'));
    const options = defaultServeOptions();
    if (values.port) options.port = Number(values.port);
    if (typeof values.host === 'string') options.host = values.host;
    if (values['no-demo']) options.demo = false;
    let started: Awaited<ReturnType<typeof startServer>>;
    try {
      started = await startServer(options);
    } catch (error) {
      const line = describeStartupError(error, { port: options.port, dataDir: options.store.dataDir, neo4jUri: options.store.neo4j?.uri });
      if (line) throw new CliError(line, EXIT.startup);
      throw error;
    }
    const { url, services, shutdown, generatedAdminPassword } = started;
    if (generatedAdminPassword) {
      console.log(`Beheerdersaccount aangemaakt: gebruikersnaam 'beheerder', wachtwoord '${generatedAdminPassword}'.`);
      console.log('Dit wachtwoord wordt maar één keer getoond. Wijzig het met: npx wijknetwerk users passwd beheerder');
    }
    console.log(`Wijknetwerk draait op ${url}  (opslag: ${services.store.engine})`);
    await new Promise<void>((resolve) => {
      // `on`, not `once`: a terminal's Ctrl+C reaches this process and its supervisor, which passes it on again.
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown().then(resolve));
    });
    return 0;
  },
};
