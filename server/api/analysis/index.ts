/**
 * The analyses of the network, on the cached network and cached per network
 * version (header `x-analysis-cache: hit|miss`).
 *
 *   GET  /api/analysis/gaps?gebied=&at=&analysis=enkelvoudig,dekking&months=12  → GapReport
 *   GET  /api/analysis/coverage?gebied=&at=                                     → coverage matrix + Driehoek
 *   GET  /api/analysis/sleutelfiguren?gebied=&at=&limit=&professionals=&w.reach=… → { items: SleutelfiguurScore[] }
 *   GET  /api/analysis/measures?gebied=&at=                                     → per node measures + communities
 *   POST /api/analysis/what-if  { remove: string[], gebied?, at? }               → WhatIfResult (404 for unknown ids)
 *   GET  /api/analysis/overview?gebied=&at=                                      → CityOverview: the wijken of a stad or stadsdeel (default the stad)
 *
 * `gebied` may be a comma list; `at` shows the network as it was that day.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { gapAnalysis } from '../../model/index.ts';
import type { AppServices } from '../../context.ts';
import type { Served } from '../../services/analysis-service.ts';
import { parseOrThrow } from '../../services/validate.ts';
import { readJson } from '../body.ts';
import { viewerOf } from '../middleware/session.ts';
import { atOrToday, csvList, parseQuery } from '../params.ts';

const scopeQuery = z.object({
  gebied: csvList.optional(),
  at: atOrToday,
});

export const gapsQuery = scopeQuery.extend({
  analysis: csvList.pipe(z.array(gapAnalysis)).optional(),
  /** Months without contact before a tie counts as stale. */
  months: z.coerce.number().int().min(1).max(240).optional(),
});

const weight = z.coerce.number().min(0).max(100).optional();
export const sleutelfigurenQuery = scopeQuery.extend({
  limit: z.coerce.number().int().min(1).max(500).default(20),
  professionals: z.enum(['true', 'false']).optional(),
  'w.reach': weight,
  'w.brokerage': weight,
  'w.groups': weight,
  'w.formalInformal': weight,
  'w.trust': weight,
});

export const overviewQuery = z.object({
  gebied: z.string().min(1).max(120).optional(),
  at: atOrToday,
});

export const whatIfBody = z
  .object({
    remove: z.array(z.string().min(1).max(120)).min(1, 'noem minstens één knoop').max(50),
    gebied: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
    at: atOrToday,
  })
  .strict();

function send<R>(c: Context, served: Served<R>) {
  c.header('x-analysis-cache', served.cached ? 'hit' : 'miss');
  return c.json(served.value as object);
}

export function analysisRoutes({ analysis }: AppServices) {
  return new Hono()
    .get('/gaps', async (c) => {
      const q = parseQuery(gapsQuery, c.req.query());
      return send(c, await analysis.gaps(viewerOf(c), { gebied: q.gebied, at: q.at, analyses: q.analysis, ...(q.months ? { options: { 'verouderde-banden': { months: q.months } } } : {}) }));
    })
    .get('/coverage', async (c) => {
      const q = parseQuery(scopeQuery, c.req.query());
      return send(c, await analysis.coverage(viewerOf(c), { gebied: q.gebied, at: q.at }));
    })
    .get('/sleutelfiguren', async (c) => {
      const q = parseQuery(sleutelfigurenQuery, c.req.query());
      const weights = {
        reach: q['w.reach'],
        brokerage: q['w.brokerage'],
        groups: q['w.groups'],
        formalInformal: q['w.formalInformal'],
        trust: q['w.trust'],
      };
      const given = Object.fromEntries(Object.entries(weights).filter(([, v]) => v !== undefined));
      return send(
        c,
        await analysis.sleutelfiguren(viewerOf(c), { gebied: q.gebied, at: q.at, limit: q.limit, includeProfessionals: q.professionals === 'true', ...(Object.keys(given).length ? { weights: given } : {}) }),
      );
    })
    .get('/measures', async (c) => {
      const q = parseQuery(scopeQuery, c.req.query());
      return send(c, await analysis.measures(viewerOf(c), { gebied: q.gebied, at: q.at }));
    })
    .get('/overview', async (c) => {
      const q = parseQuery(overviewQuery, c.req.query());
      return send(c, await analysis.overview(viewerOf(c), { gebied: q.gebied, at: q.at }));
    })
    .post('/what-if', async (c) => {
      const body = parseOrThrow(whatIfBody, await readJson(c), 'body');
      const gebied = body.gebied === undefined ? undefined : Array.isArray(body.gebied) ? body.gebied : [body.gebied];
      return send(c, await analysis.whatIf(viewerOf(c), { remove: body.remove, gebied, at: body.at }));
    });
}
