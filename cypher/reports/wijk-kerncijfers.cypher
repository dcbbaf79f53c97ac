// @title Kerncijfers per wijk
// @group Hoe staat de wijk ervoor?
// @description Per wijk: personen (bewoners en professionals), kennis-banden binnen de wijk, dichtheid (aandeel van alle mogelijke banden), organisaties en initiatieven. Tellen als basis voor vertellen.
// @param wijk: gebied = ''
// @column wijk: gebied
// @column wijkId: tekst
// @column personen: getal
// @column bewoners: getal
// @column banden: getal
// @column dichtheid: getal
// @column organisaties: getal
// @column initiatieven: getal
MATCH (w:Gebied {level: 'wijk'})
WHERE $wijk = '' OR w.id = $wijk
OPTIONAL MATCH (p:Persoon)-[:WOONT_IN|ACTIEF_IN]->(g:Gebied)
WHERE g.id = w.id OR g.parentId = w.id
WITH w, collect(DISTINCT p.id) AS ids
OPTIONAL MATCH (bw:Persoon)-[:WOONT_IN|ACTIEF_IN]->(gb:Gebied)
WHERE (gb.id = w.id OR gb.parentId = w.id) AND 'bewoner' IN bw.roles
WITH w, ids, size(ids) AS personen, count(DISTINCT bw) AS bewoners
OPTIONAL MATCH (a:Persoon)-[k:KENT]->(b:Persoon)
WHERE a.id IN ids AND b.id IN ids
WITH w, personen, bewoners, count(DISTINCT k) AS banden
OPTIONAL MATCH (o:Organisatie)-[:WERKT_IN]->(go:Gebied)
WHERE go.id = w.id OR go.parentId = w.id
WITH w, personen, bewoners, banden, count(DISTINCT o) AS organisaties
OPTIONAL MATCH (i:Initiatief)-[:WERKT_IN]->(gi:Gebied)
WHERE gi.id = w.id OR gi.parentId = w.id
WITH w, personen, bewoners, banden, organisaties, count(DISTINCT i) AS initiatieven
RETURN w.name AS wijk, w.id AS wijkId, personen, bewoners, banden,
  CASE WHEN personen < 2 THEN 0.0 ELSE round(2.0 * banden / (1.0 * personen * (personen - 1)), 4) END AS dichtheid,
  organisaties, initiatieven
ORDER BY wijk
