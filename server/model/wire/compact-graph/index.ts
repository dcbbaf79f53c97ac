/** The compact form of GET /api/graph: written by the server, read by the map. */
export { COMPACT_GRAPH_TYPE } from './format.ts';
export { encodeCompactGraph } from './encode.ts';
export { decodeCompactGraph, type CompactGraph } from './decode.ts';
