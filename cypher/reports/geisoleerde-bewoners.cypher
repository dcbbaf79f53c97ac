// @title Geïsoleerde bewoners
// @description Bewoners met hoogstens het gekozen aantal kennis-banden (standaard: één of geen) en zonder deelname aan een initiatief. Mogelijk eenzaam; een aanknopingspunt voor de buurt.
// @param wijk: gebied = ''
// @param maximum: int = 1
// @column persoon: persoon
// @column buurt: gebied
// @column contacten: getal
// @column initiatieven: getal
MATCH (p:Persoon)-[:WOONT_IN]->(g:Gebied)
WHERE 'bewoner' IN p.roles AND ($wijk = '' OR g.id = $wijk OR g.parentId = $wijk)
OPTIONAL MATCH (p)-[:KENT]-(q:Persoon)
WITH p, g, count(DISTINCT q) AS contacten
OPTIONAL MATCH (p)-[:DEELNEMER_AAN|TREKKER_VAN|VRIJWILLIGER_BIJ]->(i:Initiatief)
WITH p, g, contacten, count(DISTINCT i) AS initiatieven
WHERE contacten <= $maximum AND initiatieven = 0
RETURN p.name AS persoon, g.name AS buurt, contacten, initiatieven
ORDER BY contacten, buurt, persoon
