// @title Wijken zonder opbouwwerker
// @group Waar hangt het aan één draad?
// @description Wijken waar geen persoon met de rol opbouwwerker woont, werkt of actief is (in de wijk, een van haar buurten of het stadsdeel erboven), op de peildatum: dezelfde wijken waar het paneel Gaten "geen opbouwwerker" meldt. Zonder opbouwwerker mist de Driehoek een been en krijgen initiatieven en sleutelfiguren weinig steun.
// @param peildatum: date = today
// @column wijk: gebied
// @column wijkId: tekst
// @column stadsdeel: gebied
// @column bewoners: getal
MATCH (w:Gebied {level: 'wijk'})
WHERE (w.startDate IS NULL OR w.startDate <= $peildatum) AND (w.endDate IS NULL OR w.endDate > $peildatum)
  AND NOT EXISTS {
    MATCH (p:Persoon)-[r:WOONT_IN|ACTIEF_IN|WERKT_IN]->(g:Gebied)
    WHERE (g.id = w.id OR g.parentId = w.id OR (g.id = w.parentId AND g.level <> 'stad')) AND 'opbouwwerker' IN p.roles AND (p.startDate IS NULL OR p.startDate <= $peildatum) AND (p.endDate IS NULL OR p.endDate > $peildatum)
  AND (r.startDate IS NULL OR r.startDate <= $peildatum) AND (r.endDate IS NULL OR r.endDate > $peildatum)
  }
OPTIONAL MATCH (s:Gebied {id: w.parentId})
OPTIONAL MATCH (b:Persoon)-[h:WOONT_IN]->(g:Gebied)
WHERE (g.id = w.id OR g.parentId = w.id) AND (b.startDate IS NULL OR b.startDate <= $peildatum) AND (b.endDate IS NULL OR b.endDate > $peildatum)
  AND (h.startDate IS NULL OR h.startDate <= $peildatum) AND (h.endDate IS NULL OR h.endDate > $peildatum)
RETURN w.name AS wijk, w.id AS wijkId, s.name AS stadsdeel, count(DISTINCT b) AS bewoners
ORDER BY wijk
