import { defaultServeOptions, startServer } from '../server.ts';
import type { Command } from './command.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'start the server (API under /api, client at /); loads the demo network into an empty database',
  usage: 'wijknetwerk serve [--port 3000] [--host localhost] [--no-demo]',
  options: { port: { type: 'string' }, host: { type: 'string' }, 'no-demo': { type: 'boolean' } },
  async run({ values }) {
    const options = defaultServeOptions();
    if (values.port) options.port = Number(values.port);
    if (typeof values.host === 'string') options.host = values.host;
    if (values['no-demo']) options.demo = false;
    const { url, services, shutdown, generatedAdminPassword } = await startServer(options);
    if (generatedAdminPassword) {
      console.log(`Beheerdersaccount aangemaakt: gebruikersnaam 'beheerder', wachtwoord '${generatedAdminPassword}'.`);
      console.log('Dit wachtwoord wordt maar één keer getoond. Wijzig het met: npx wijknetwerk users passwd beheerder');
    }
    console.log(`Wijknetwerk draait op ${url}  (opslag: ${services.store.engine})`);
    await new Promise<void>((resolve) => {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void shutdown().then(resolve));
    });
    return 0;
  },
};
