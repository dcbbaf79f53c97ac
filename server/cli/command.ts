/** The shape of a `wijknetwerk` command, and the error that ends one without a stack trace. */
import type { ParseArgsConfig } from 'node:util';

export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the process exit code. */
  run(args: { values: Record<string, string | boolean | undefined>; positionals: string[] }): Promise<number>;
}

/** Exit codes: 0 ok, 1 the work found problems (e.g. rejected lines), 2 wrong usage, 3 failure, 4 the server could not start. */
export const EXIT = { ok: 0, rejected: 1, usage: 2, failure: 3, startup: 4 } as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.failure,
  ) {
    super(message);
  }
}
