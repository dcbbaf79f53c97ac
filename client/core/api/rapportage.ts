/** The netwerkrapportage's calls: the wijken to choose from, one wijk's rapportage, and saving a duiding. */
import type { Duiding, DuidingBody, Rapportage } from '../../../server/model/wire/rapportage.ts';
import type { QueryResult } from '../../../server/model/wire/reports.ts';
import { queryString, request } from './http.ts';

export const rapportageApi = {
  /** The wijken, from the report `wijk-kerncijfers` (its columns `wijk` and `wijkId`). */
  wijken: () =>
    request<QueryResult>('POST', '/reports/wijk-kerncijfers/run', { params: {} }).then((body) => body.rows as { wijk: string; wijkId: string }[]),
  rapportage: (wijk: string, periode: string) => request<Rapportage>('GET', `/rapportage/${encodeURIComponent(wijk)}${queryString({ periode })}`),
  saveDuiding: (wijk: string, periode: string, body: DuidingBody) => request<Duiding>('PUT', `/rapportage/${encodeURIComponent(wijk)}/duiding/${periode}`, body),
};
