/** The wijknetwerk model: one set of zod schemas for server, importers and client. */
export * from './common.ts';
export * from './nodes.ts';
export * from './ties.ts';
export * from './graph.ts';
export * from './analysis.ts';
export * from './users.ts';
export * from './privacy.ts';
export * from './rights.ts';
