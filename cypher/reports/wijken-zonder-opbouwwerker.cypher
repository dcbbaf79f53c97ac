// @title Wijken zonder opbouwwerker
// @group Waar hangt het aan één draad?
// @description Wijken waar geen persoon met de rol opbouwwerker woont of actief is (in de wijk of een van haar buurten). Zonder opbouwwerker mist de Driehoek een been en krijgen initiatieven en sleutelfiguren weinig steun.
// @param peildatum: date = today
// @column wijk: gebied
// @column wijkId: tekst
// @column stadsdeel: gebied
// @column bewoners: getal
MATCH (w:Gebied {level: 'wijk'})
WHERE NOT EXISTS {
  MATCH (p:Persoon)-[r:ACTIEF_IN|WOONT_IN]->(g:Gebied)
  WHERE (g.id = w.id OR g.parentId = w.id) AND 'opbouwwerker' IN p.roles
    AND (r.endDate IS NULL OR r.endDate > $peildatum)
}
OPTIONAL MATCH (s:Gebied {id: w.parentId})
OPTIONAL MATCH (b:Persoon)-[:WOONT_IN]->(g:Gebied)
WHERE g.id = w.id OR g.parentId = w.id
RETURN w.name AS wijk, w.id AS wijkId, s.name AS stadsdeel, count(DISTINCT b) AS bewoners
ORDER BY wijk
