// @title Driehoek per wijk
// @group Hoe staat de wijk ervoor?
// @description Per wijk: is er een gebiedsverbinder, een sociaal wijkteam en een opbouwwerker? De Driehoek is pas compleet als alle drie er zijn. Zet 'alleenOnvolledig' op 1 om alleen de wijken met een gat te zien.
// @param wijk: gebied = ''
// @param alleenOnvolledig: int = 0
// @param peildatum: date = today
// @column wijk: gebied
// @column wijkId: tekst
// @column gebiedsverbinders: getal
// @column wijkteams: getal
// @column opbouwwerkers: getal
// @column compleet: tekst
MATCH (w:Gebied {level: 'wijk'})
WHERE $wijk = '' OR w.id = $wijk
OPTIONAL MATCH (gv:Persoon)-[r1:ACTIEF_IN|WOONT_IN]->(g1:Gebied)
WHERE (g1.id = w.id OR g1.parentId = w.id) AND 'gebiedsverbinder' IN gv.roles
  AND (r1.endDate IS NULL OR r1.endDate > $peildatum)
WITH w, count(DISTINCT gv) AS gebiedsverbinders
OPTIONAL MATCH (t:Wijkteam)-[:WERKT_IN]->(g2:Gebied)
WHERE g2.id = w.id OR g2.parentId = w.id
WITH w, gebiedsverbinders, count(DISTINCT t) AS wijkteams
OPTIONAL MATCH (ob:Persoon)-[r3:ACTIEF_IN|WOONT_IN]->(g3:Gebied)
WHERE (g3.id = w.id OR g3.parentId = w.id) AND 'opbouwwerker' IN ob.roles
  AND (r3.endDate IS NULL OR r3.endDate > $peildatum)
WITH w, gebiedsverbinders, wijkteams, count(DISTINCT ob) AS opbouwwerkers
WITH w, gebiedsverbinders, wijkteams, opbouwwerkers,
  CASE WHEN gebiedsverbinders > 0 AND wijkteams > 0 AND opbouwwerkers > 0 THEN 'ja' ELSE 'nee' END AS compleet
WHERE $alleenOnvolledig = 0 OR compleet = 'nee'
RETURN w.name AS wijk, w.id AS wijkId, gebiedsverbinders, wijkteams, opbouwwerkers, compleet
ORDER BY compleet, wijk
