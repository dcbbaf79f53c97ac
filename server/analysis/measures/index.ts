/** Network measures on a CSR index of a graphology graph. */
export { buildCsr, undirectedCsr, type Csr, type CsrOptions } from '../csr.ts';
export * from './betweenness.ts';
export * from './brokerage.ts';
export * from './closeness.ts';
export * from './communities.ts';
export * from './components.ts';
export * from './compute-all.ts';
export * from './constraint.ts';
export * from './cut-points.ts';
export * from './degree.ts';
export * from './eigenvector.ts';
export * from './modularity.ts';
export * from './pagerank.ts';
