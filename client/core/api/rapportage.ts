/** The netwerkrapportage's calls: the wijken to choose from, one wijk's rapportage, and saving a duiding. */
import type { Duiding, DuidingBody, Rapportage, RapportageWijk, RapportageWijken } from '../../../server/model/wire/rapportage.ts';
import { queryString, request } from './http.ts';

export const rapportageApi = {
  /** The wijken this account may see, by name. */
  wijken: (): Promise<RapportageWijk[]> => request<RapportageWijken>('GET', '/rapportage').then((body) => body.items),
  rapportage: (wijk: string, periode: string) => request<Rapportage>('GET', `/rapportage/${encodeURIComponent(wijk)}${queryString({ periode })}`),
  saveDuiding: (wijk: string, periode: string, body: DuidingBody) => request<Duiding>('PUT', `/rapportage/${encodeURIComponent(wijk)}/duiding/${periode}`, body),
};
