// @title Persoonlijke banden per grondslag
// @group Klopt de registratie?
// @description Banden met persoonsgegevens (kent, lid van, trekker, deelnemer, woont in…) per type en grondslag. Banden zonder grondslag verdienen aandacht: vraag toestemming of verwijder ze.
// @column type: tekst
// @column grondslag: tekst
// @column banden: getal
MATCH (:Persoon)-[r]->()
RETURN type(r) AS type, coalesce(r.consentBasis, 'niet vastgelegd') AS grondslag, count(*) AS banden
ORDER BY type, banden DESC
