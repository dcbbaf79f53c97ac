/** The server's errors as the Dutch sentences a form shows: next to the field, naming it, never with an id. */
import { describe, expect, it } from 'vitest';
import { errorSentence, explainError, issueSentence } from '../../client/i18n/api-errors.ts';

describe('server errors as sentences', () => {
  it.each([
    ['to', "knoop 'Jan Jansen' bestaat niet", 409, 'Er is geen knoop met die naam. Kies er een uit de lijst.'],
    ['strength', 'minimaal 1', 400, 'Sterkte moet minstens 1 zijn.'],
    ['strength', 'maximaal 5', 400, 'Sterkte mag hoogstens 5 zijn.'],
    ['name', 'maximaal 120', 400, 'Naam mag hoogstens 120 tekens lang zijn.'],
    ['name', 'is verplicht', 400, 'Naam is verplicht.'],
    ['reason', 'is verplicht bij niet van toepassing: zeg waarom', 400, 'Reden is verplicht bij niet van toepassing: zeg waarom.'],
    ['reason', 'is leeg', 400, 'Reden is leeg.'],
    ['consentBasis', 'kies uit: toestemming, gerechtvaardigd_belang, geen', 400, 'Kies bij grondslag een van de mogelijkheden.'],
    ['lastContact', 'verwacht een datum als JJJJ-MM-DD', 400, 'Laatste contact moet een bestaande datum zijn, zoals 10-02-2025.'],
    ['trust', "verwacht een geheel getal, niet 'veel'", 400, 'Vertrouwen moet een geheel getal zijn.'],
    ['type', "een KENT-band met persoon 'per_0012', die buiten uw gebied valt", 403, 'Dat ligt buiten uw gebied: u legt alleen vast wat in uw eigen gebieden ligt.'],
    ['type', 'een KENT-band kan niet van persoon naar organisatie lopen', 400, 'Deze soort band past niet tussen deze twee knopen. Kies een andere soort band.'],
  ])('%s: %s', (field, message, status, expected) => {
    expect(issueSentence(field, message, status)).toBe(expected);
  });

  it('keeps ids out of what it does not know', () => {
    const text = issueSentence('period', "periode van 'kent.8f3k2' klopt niet", 400);
    expect(text).toBe('Periode: periode van klopt niet.');
    expect(text).not.toContain('kent.');
  });

  it('puts issues next to the form’s fields, and the others on top', () => {
    const error = { status: 409, code: 'validation', message: 'ongeldige band', issues: [{ path: 'to', message: "knoop 'x' bestaat niet" }, { path: 'from', message: "knoop 'per_1' bestaat niet" }] };
    expect(explainError(error, ['type', 'to', 'strength'])).toEqual({ fields: { to: 'Er is geen knoop met die naam. Kies er een uit de lijst.' }, message: 'Er is geen knoop met die naam. Kies er een uit de lijst.' });
    expect(explainError({ ...error, issues: error.issues.slice(0, 1) }, ['to']).message).toBe('Controleer de gemarkeerde velden.');
  });

  it('says in a sentence what has no field', () => {
    expect(errorSentence({ status: 0, code: 'network', message: 'geen verbinding met de server', issues: [] })).toBe('Geen verbinding met de server.');
    expect(errorSentence({ status: 403, code: 'forbidden', message: 'uw rol (analist) mag dit niet: POST /api/ties', issues: [] })).toBe('Uw rol mag dit niet wijzigen.');
    expect(errorSentence({ status: 404, code: 'not_found', message: "knoop 'per_9' bestaat niet", issues: [] })).toBe('Dit bestaat niet meer. Laad de kaart opnieuw.');
  });
});
