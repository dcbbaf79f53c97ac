// @title Plekken en de wijken die ze bedienen
// @group Hoe staat de wijk ervoor?
// @description Voor elke plek (accommodatie): in welke wijk ligt ze, welke initiatieven vinden er plaats, en uit welke wijken komen de deelnemers. Plekken met weinig initiatieven of deelnemers uit één wijk hebben een beperkt bereik.
// @param wijk: gebied = ''
// @column plek: plek
// @column type: tekst
// @column ligtIn: gebied
// @column initiatieven: getal
// @column deelnemers: getal
// @column wijkenBereikt: gebied
// @column aantalWijken: getal
MATCH (p:Plek)
OPTIONAL MATCH (p)-[:LIGT_IN]->(lg:Gebied)
WITH p, lg
WHERE $wijk = '' OR lg.id = $wijk OR lg.parentId = $wijk
OPTIONAL MATCH (i:Initiatief)-[:VINDT_PLAATS_IN]->(p)
OPTIONAL MATCH (d:Persoon)-[:DEELNEMER_AAN|TREKKER_VAN]->(i)
OPTIONAL MATCH (d)-[:WOONT_IN]->(dg:Gebied)
OPTIONAL MATCH (dw:Gebied {level: 'wijk'})
WHERE dw.id = dg.id OR dw.id = dg.parentId
RETURN p.name AS plek, p.type AS type, lg.name AS ligtIn, count(DISTINCT i) AS initiatieven, count(DISTINCT d) AS deelnemers,
  collect(DISTINCT dw.name) AS wijkenBereikt, count(DISTINCT dw) AS aantalWijken
ORDER BY initiatieven, plek
