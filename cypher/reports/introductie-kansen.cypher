// @title Introductiekansen tussen initiatieven
// @group Wie kunnen we aan elkaar voorstellen?
// @description Twee initiatieven in dezelfde wijk met een gedeeld concreet thema, zonder gedeelde deelnemers of vrijwilligers en zonder dat hun trekkers elkaar kennen. De gebiedsverbinder kan de trekkers aan elkaar voorstellen.
// @param wijk: gebied = ''
// @column wijk: gebied
// @column thema: thema
// @column initiatief1: initiatief
// @column trekker1: persoon
// @column initiatief2: initiatief
// @column trekker2: persoon
MATCH (i1:Initiatief)-[:RICHT_ZICH_OP]->(t:Thema)<-[:RICHT_ZICH_OP]-(i2:Initiatief)
WHERE i1.id < i2.id AND t.category = 'thema'
MATCH (i1)-[:WERKT_IN]->(g1:Gebied), (i2)-[:WERKT_IN]->(g2:Gebied), (w:Gebied {level: 'wijk'})
WHERE (g1.id = w.id OR g1.parentId = w.id) AND (g2.id = w.id OR g2.parentId = w.id)
  AND ($wijk = '' OR w.id = $wijk)
  AND NOT EXISTS { MATCH (i1)<-[:TREKKER_VAN|DEELNEMER_AAN|VRIJWILLIGER_BIJ]-(:Persoon)-[:TREKKER_VAN|DEELNEMER_AAN|VRIJWILLIGER_BIJ]->(i2) }
  AND NOT EXISTS { MATCH (i1)<-[:TREKKER_VAN]-(:Persoon)-[:KENT]-(:Persoon)-[:TREKKER_VAN]->(i2) }
OPTIONAL MATCH (p1:Persoon)-[:TREKKER_VAN]->(i1)
OPTIONAL MATCH (p2:Persoon)-[:TREKKER_VAN]->(i2)
RETURN w.name AS wijk, t.name AS thema, i1.name AS initiatief1, collect(DISTINCT p1.name) AS trekker1, i2.name AS initiatief2, collect(DISTINCT p2.name) AS trekker2
ORDER BY wijk, thema, initiatief1, initiatief2
