#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so that `npx wijknetwerk` works without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli/index.ts');
