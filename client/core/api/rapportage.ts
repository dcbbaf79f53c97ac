/** The netwerkrapportage's calls: the wijken to choose from, one wijk's rapportage, and saving its duiding. */
import { queryString, request } from './http.ts';

export interface Gap {
  key: string;
  ernst: 'hoog' | 'middel' | 'laag';
  titel: string;
  uitleg: string;
  items: string[];
}
export interface Rapportage {
  wijk: { id: string; name: string; code: string | null; stadsdeel: string | null };
  periode: string;
  vorigePeriode: string;
  peildatum: string;
  gegenereerd: string;
  pseudonymise: boolean;
  kerncijfers: { personen: number; bewoners: number; banden: number; dichtheid: number; organisaties: number; initiatieven: number } | null;
  driehoek: { gebiedsverbinders: number; wijkteams: number; opbouwwerkers: number; compleet: string } | null;
  dekking: { thema: string; organisaties: string[] | null; initiatieven: string[] | null; aantal: number }[];
  gaten: Gap[];
  sleutelfiguren: { persoon: string; contacten: number; initiatieven: number; sleutelfiguur: string }[];
  verandering: null | { label: string; nu: number; toen: number }[];
  veranderingMelding: string;
  duiding: { tekst: string; sessiedatum?: string; deelnemers?: string; bijgewerkt?: string } | null;
}

export const rapportageApi = {
  wijken: () => request<{ rows: { wijk: string; wijkId: string }[] }>('POST', '/reports/wijk-kerncijfers/run', { params: {} }).then((body) => body.rows),
  rapportage: (wijk: string, periode: string) => request<Rapportage>('GET', `/rapportage/${encodeURIComponent(wijk)}${queryString({ periode })}`),
  saveDuiding: (wijk: string, periode: string, body: { tekst: string; sessiedatum?: string }) =>
    request<Rapportage['duiding']>('PUT', `/rapportage/${encodeURIComponent(wijk)}/duiding/${periode}`, body),
};
