// @title Wijken zonder sleutelfiguur
// @group Waar hangt het aan één draad?
// @description Wijken waar geen bewoner als sleutelfiguur bekend is: niemand die mensen verbindt, initiatieven trekt en vertrouwd wordt. Hier is het zaak sleutelfiguren te vinden en te steunen.
// @param peildatum: date = today
// @column wijk: gebied
// @column wijkId: tekst
// @column stadsdeel: gebied
// @column bewoners: getal
MATCH (w:Gebied {level: 'wijk'})
WHERE NOT EXISTS {
  MATCH (p:Persoon)-[r:ACTIEF_IN|WOONT_IN]->(g:Gebied)
  WHERE (g.id = w.id OR g.parentId = w.id) AND 'sleutelfiguur' IN p.roles
    AND (r.endDate IS NULL OR r.endDate > $peildatum)
}
OPTIONAL MATCH (s:Gebied {id: w.parentId})
OPTIONAL MATCH (b:Persoon)-[:WOONT_IN]->(g:Gebied)
WHERE g.id = w.id OR g.parentId = w.id
RETURN w.name AS wijk, w.id AS wijkId, s.name AS stadsdeel, count(DISTINCT b) AS bewoners
ORDER BY wijk
