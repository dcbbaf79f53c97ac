/**
 * Duidingen: what the professionals and residents of a wijk made of the
 * figures in a duidingssessie, per period ("tellen en vertellen"). Each
 * duiding belongs to the account that wrote it: editors of the wijk add their
 * own and change only their own (the beheerder any). Everyone who may read
 * the rapportage reads them.
 */
import { z } from 'zod';
import { isoDate } from '../../model/index.ts';
import type { Duiding } from '../../model/wire/rapportage.ts';
import { AppError, NotFoundError } from '../../errors.ts';
import type { Viewer } from '../privacy/policy.ts';
import type { RecordStore } from '../records/record-store.ts';
import { parseOrThrow } from '../validate.ts';

export const duidingBody = z
  .object({
    tekst: z.string().trim().max(20_000),
    sessiedatum: isoDate.optional(),
    deelnemers: z.string().trim().max(1000).optional(),
  })
  .strict();


const EDITORS = new Set(['beheerder', 'gebiedsverbinder', 'opbouwwerker']);

export class DuidingService {
  constructor(private readonly records: RecordStore) {}

  list(wijk: string, periode: string): Duiding[] {
    return this.records.list<Duiding>('duidingen', { prefix: `${wijk}|${periode}|` }).map((record) => record.data);
  }

  /** Writes the viewer's own duiding of a wijk and period. */
  save(viewer: Viewer, wijk: string, periode: string, input: unknown): Duiding {
    const body = parseOrThrow(duidingBody, input, 'duiding');
    if (!EDITORS.has(viewer.role) || (viewer.scope && !viewer.scope.has(wijk))) {
      throw new AppError(403, 'forbidden', 'alleen wie in deze wijk werkt (gebiedsverbinder, opbouwwerker) of de beheerder schrijft een duiding');
    }
    const duiding: Duiding = { ...body, wijk, periode, auteur: viewer.user.username, bijgewerkt: new Date().toISOString() };
    this.records.put('duidingen', `${wijk}|${periode}|${viewer.user.username}`, duiding, viewer.user.username);
    return duiding;
  }

  /** Removes a duiding: its author's, or any for the beheerder. */
  remove(viewer: Viewer, wijk: string, periode: string, author = viewer.user.username): void {
    if (author !== viewer.user.username && viewer.role !== 'beheerder') throw new AppError(403, 'forbidden', 'u kunt alleen uw eigen duiding verwijderen');
    if (!this.records.delete('duidingen', `${wijk}|${periode}|${author}`)) throw new NotFoundError('duiding', `${wijk} ${periode}`);
  }
}
