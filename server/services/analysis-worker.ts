/**
 * The analysis tasks, and the worker thread that runs them off the main
 * thread. `runTask` is what both the worker and the in-process fallback call.
 *
 * Protocol: the main thread posts `{ id, task, version, network?, params }`;
 * the network is sent only when the worker does not hold that version yet.
 * The worker answers `{ id, result }` or `{ id, error }`. It keeps the
 * projection and measures of the last few (version, gebied, at) scopes, so
 * gaps, sleutelfiguren and measures of one scope share one computation.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { GapAnalysis, GapReport, NetworkData, SleutelfiguurScore, WhatIfResult } from '../model/index.ts';
import type { CityOverview } from '../model/wire/overview.ts';
import { analysisContext, coverageMatrix, runGaps, type AnalysisContext, type CoverageMatrix, type GapOptions } from '../analysis/gaps/index.ts';
import { sleutelfiguren, type SleutelfiguurWeights } from '../analysis/sleutelfiguren/index.ts';
import { cityOverview } from '../analysis/overview/index.ts';
import { whatIf } from '../analysis/what-if/index.ts';

export interface ScopeParams {
  gebied?: string[];
  at?: string;
}

export interface MeasuresResult {
  version: number;
  at?: string;
  nodes: Record<
    string,
    { degree: number; betweenness: number; closeness: number; harmonic: number; pagerank: number; community: number; constraint: number | null; effectiveSize: number | null; articulation: boolean }
  >;
  communities: { count: number; modularity: number | null };
}

export type CoverageResult = CoverageMatrix & { version: number; at?: string };

export interface TaskMap {
  gaps: { params: ScopeParams & { analyses?: GapAnalysis[]; options?: GapOptions }; result: GapReport };
  coverage: { params: ScopeParams; result: CoverageResult };
  sleutelfiguren: {
    params: ScopeParams & { limit?: number; weights?: Partial<SleutelfiguurWeights>; includeProfessionals?: boolean };
    result: { version: number; at?: string; items: SleutelfiguurScore[] };
  };
  measures: { params: ScopeParams; result: MeasuresResult };
  whatIf: { params: ScopeParams & { remove: string[] }; result: WhatIfResult & { version: number } };
  /** The wijken of `within` (a stad or stadsdeel); runs on the whole network, so `gebied` stays unset. */
  overview: { params: ScopeParams & { within: string }; result: Omit<CityOverview, 'gebied'> };
}
export type TaskName = keyof TaskMap;

const MAX_CONTEXTS = 8;
/** Per network (one per version and audience): the contexts of its last few scopes. */
const contextsOf = new WeakMap<NetworkData, Map<string, AnalysisContext>>();

/** The analysis context of one scope, reused while the network holds. */
function contextFor(network: NetworkData, params: ScopeParams): AnalysisContext {
  let contexts = contextsOf.get(network);
  if (!contexts) contextsOf.set(network, (contexts = new Map()));
  const key = `${params.gebied?.join(',') ?? ''}|${params.at ?? ''}`;
  let ctx = contexts.get(key);
  if (!ctx) {
    ctx = analysisContext(network, { gebied: params.gebied, at: params.at });
    if (contexts.size >= MAX_CONTEXTS) contexts.delete(contexts.keys().next().value!);
    contexts.set(key, ctx);
  }
  return ctx;
}

const at = (params: ScopeParams) => (params.at ? { at: params.at } : {});

export function runTask<T extends TaskName>(task: T, network: NetworkData, version: number, params: TaskMap[T]['params']): TaskMap[T]['result'] {
  const ctx = contextFor(network, params);
  switch (task) {
    case 'gaps': {
      const p = params as TaskMap['gaps']['params'];
      return { version, ...at(p), findings: runGaps(ctx, p.analyses, p.options) } satisfies GapReport as TaskMap[T]['result'];
    }
    case 'coverage':
      return { version, ...at(params), ...coverageMatrix(ctx.projection) } as TaskMap[T]['result'];
    case 'sleutelfiguren': {
      const p = params as TaskMap['sleutelfiguren']['params'];
      return { version, ...at(p), items: sleutelfiguren(ctx, { limit: p.limit, weights: p.weights, includeProfessionals: p.includeProfessionals }) } as TaskMap[T]['result'];
    }
    case 'measures': {
      const { all } = ctx.measures();
      const nodes: MeasuresResult['nodes'] = {};
      for (const m of all.nodes) {
        nodes[m.id] = {
          degree: m.degree,
          betweenness: m.betweenness,
          closeness: m.closeness,
          harmonic: m.harmonic,
          pagerank: m.pagerank,
          community: m.community,
          constraint: m.constraint,
          effectiveSize: m.effectiveSize,
          articulation: m.articulationPoint,
        };
      }
      return { version, ...at(params), nodes, communities: all.communities } satisfies MeasuresResult as TaskMap[T]['result'];
    }
    case 'whatIf': {
      const p = params as TaskMap['whatIf']['params'];
      return { version, ...whatIf(ctx.projection, p.remove) } as TaskMap[T]['result'];
    }
    case 'overview': {
      const p = params as TaskMap['overview']['params'];
      return { version, ...at(p), ...cityOverview(network, ctx.projection, p.within, { at: p.at }) } as TaskMap[T]['result'];
    }
    default:
      throw new Error(`onbekende analyse: ${String(task)}`);
  }
}

export interface WorkerRequest {
  id: number;
  task: TaskName;
  version: number;
  network?: NetworkData;
  params: unknown;
}

export type WorkerResponse = { id: number; result: unknown } | { id: number; error: string };

if (!isMainThread && parentPort && (workerData as { analysisWorker?: boolean } | null)?.analysisWorker) {
  const port = parentPort;
  let held: { version: number; network: NetworkData } | undefined;
  port.on('message', (message: WorkerRequest) => {
    try {
      if (message.network) held = { version: message.version, network: message.network };
      if (!held || held.version !== message.version) throw new Error(`netwerkversie ${message.version} ontbreekt in de worker`);
      const result = runTask(message.task, held.network, held.version, message.params as never);
      port.postMessage({ id: message.id, result } satisfies WorkerResponse);
    } catch (error) {
      port.postMessage({ id: message.id, error: (error as Error).message } satisfies WorkerResponse);
    }
  });
  port.postMessage({ ready: true });
}
