/**
 * `wijknetwerk serve --supervise` (what `npm start` runs): the server runs in
 * a child process, and this one says why it stopped (exit code or signal, a
 * native crash included) and starts it again after a crash. A child that
 * can't start (a port in use, a data directory that can't be opened) exits
 * with EXIT.startup, which is not retried: starting again would not help.
 * Restarts back off (1, 2, 4 … s) and stop after five within a minute.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { EXIT } from './command.ts';

const MAX_RESTARTS_PER_MINUTE = 5;

export function supervise(serveArgs: readonly string[]): Promise<number> {
  const entry = process.argv[1]!;
  const restarts: number[] = [];
  let child: ChildProcess | undefined;
  let stopping = false;

  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      stopping = true;
      if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
      else resolve(EXIT.ok);
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));

    const start = () => {
      child = fork(entry, ['serve', ...serveArgs], { stdio: 'inherit' });
      console.log(`server gestart (pid ${child.pid})`);
      child.once('exit', (code, signal) => {
        if (stopping) return resolve(code ?? EXIT.ok);
        if (code === EXIT.ok) return resolve(EXIT.ok);
        console.error(signal ? `server gestopt door signaal ${signal}` : `server gestopt met code ${code}`);
        if (code === EXIT.startup) {
          console.error('niet opnieuw gestart: los eerst de fout hierboven op');
          return resolve(code);
        }
        const now = Date.now();
        while (restarts.length && now - restarts[0]! > 60_000) restarts.shift();
        if (restarts.length >= MAX_RESTARTS_PER_MINUTE) {
          console.error(`niet opnieuw gestart: ${MAX_RESTARTS_PER_MINUTE} keer vastgelopen binnen een minuut; zie de regels hierboven`);
          return resolve(EXIT.failure);
        }
        restarts.push(now);
        const waitMs = 1000 * 2 ** (restarts.length - 1);
        console.error(`opnieuw starten over ${waitMs / 1000} s`);
        setTimeout(start, waitMs);
      });
    };
    start();
  });
}
