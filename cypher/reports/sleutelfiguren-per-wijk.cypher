// @title Sleutelfiguren per wijk (op aantal contacten)
// @description Bewoners met de meeste directe contacten in een wijk, met hun rollen en de initiatieven die ze trekken. Een eerste, eenvoudige maat; de netwerkanalyse voegt makelaarschap tussen groepen toe.
// @param wijk: gebied = ''
// @param top: int = 10
// @column wijk: gebied
// @column persoon: persoon
// @column contacten: getal
// @column initiatieven: getal
// @column sleutelfiguur: tekst
// @column rollen: tekst
MATCH (w:Gebied {level: 'wijk'})
WHERE $wijk = '' OR w.id = $wijk
MATCH (p:Persoon)-[:WOONT_IN]->(g:Gebied)
WHERE (g.id = w.id OR g.parentId = w.id) AND 'bewoner' IN p.roles
OPTIONAL MATCH (p)-[:KENT]-(q:Persoon)
WITH w, p, count(DISTINCT q) AS contacten
OPTIONAL MATCH (p)-[:TREKKER_VAN|VRIJWILLIGER_BIJ]->(i:Initiatief)
WITH w, p, contacten, count(DISTINCT i) AS initiatieven
WHERE contacten > 0
RETURN w.name AS wijk, p.name AS persoon, contacten, initiatieven,
  CASE WHEN 'sleutelfiguur' IN p.roles THEN 'ja' ELSE 'nee' END AS sleutelfiguur, p.roles AS rollen
ORDER BY wijk, contacten DESC, initiatieven DESC, persoon
LIMIT $top
