// @title Wijken zonder gebiedsverbinder
// @group Waar hangt het aan één draad?
// @description Wijken waar geen gebiedsverbinder actief is. De gebiedsverbinder legt de verbindingen in de wijk; zonder hem of haar blijven gaten in het netwerk onopgemerkt.
// @param peildatum: date = today
// @column wijk: gebied
// @column wijkId: tekst
// @column stadsdeel: gebied
MATCH (w:Gebied {level: 'wijk'})
WHERE NOT EXISTS {
  MATCH (p:Persoon)-[r:ACTIEF_IN|WOONT_IN]->(g:Gebied)
  WHERE (g.id = w.id OR g.parentId = w.id) AND 'gebiedsverbinder' IN p.roles
    AND (r.endDate IS NULL OR r.endDate > $peildatum)
}
OPTIONAL MATCH (s:Gebied {id: w.parentId})
RETURN w.name AS wijk, w.id AS wijkId, s.name AS stadsdeel
ORDER BY wijk
