// @title Wijken zonder sleutelfiguur
// @group Waar hangt het aan één draad?
// @description Wijken waar op de peildatum geen persoon als sleutelfiguur bekend is die in de wijk of een van haar buurten woont of actief is: niemand die mensen verbindt, initiatieven trekt en vertrouwd wordt. Dezelfde wijken waar het paneel Gaten "geen bekende sleutelfiguur" meldt. Hier is het zaak sleutelfiguren te vinden en te steunen.
// @param peildatum: date = today
// @column wijk: gebied
// @column wijkId: tekst
// @column stadsdeel: gebied
// @column bewoners: getal
MATCH (w:Gebied {level: 'wijk'})
WHERE (w.startDate IS NULL OR w.startDate <= $peildatum) AND (w.endDate IS NULL OR w.endDate > $peildatum)
  AND NOT EXISTS {
    MATCH (p:Persoon)-[r:WOONT_IN|ACTIEF_IN|WERKT_IN]->(g:Gebied)
    WHERE (g.id = w.id OR g.parentId = w.id) AND 'sleutelfiguur' IN p.roles AND (p.startDate IS NULL OR p.startDate <= $peildatum) AND (p.endDate IS NULL OR p.endDate > $peildatum)
  AND (r.startDate IS NULL OR r.startDate <= $peildatum) AND (r.endDate IS NULL OR r.endDate > $peildatum)
  }
OPTIONAL MATCH (s:Gebied {id: w.parentId})
OPTIONAL MATCH (b:Persoon)-[h:WOONT_IN]->(g:Gebied)
WHERE (g.id = w.id OR g.parentId = w.id) AND (b.startDate IS NULL OR b.startDate <= $peildatum) AND (b.endDate IS NULL OR b.endDate > $peildatum)
  AND (h.startDate IS NULL OR h.startDate <= $peildatum) AND (h.endDate IS NULL OR h.endDate > $peildatum)
RETURN w.name AS wijk, w.id AS wijkId, s.name AS stadsdeel, count(DISTINCT b) AS bewoners
ORDER BY wijk
