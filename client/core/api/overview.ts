/** The wijk overview's call: the wijken of a stad or stadsdeel as aggregates, and the ties between them. */
import type { CityOverview } from '../../../server/model/wire/overview.ts';
import { queryString, request } from './http.ts';

export const overviewApi = {
  overview: (params: { gebied?: string; at?: string }) => request<CityOverview>('GET', `/analysis/overview${queryString(params)}`),
};
