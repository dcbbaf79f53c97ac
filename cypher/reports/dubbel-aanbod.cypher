// @title Dubbel aanbod in een wijk
// @group Wat ontbreekt of dubbelt in het aanbod?
// @description Twee initiatieven op hetzelfde concrete thema in dezelfde wijk, ondersteund door verschillende organisaties die niet met elkaar samenwerken. Mogelijke dubbeling of concurrentie: het gesprek waard.
// @param wijk: gebied = ''
// @column wijk: gebied
// @column thema: thema
// @column initiatief1: initiatief
// @column organisatie1: organisatie
// @column initiatief2: initiatief
// @column organisatie2: organisatie
MATCH (o1:Organisatie)-[:ONDERSTEUNT]->(i1:Initiatief)-[:RICHT_ZICH_OP]->(t:Thema)<-[:RICHT_ZICH_OP]-(i2:Initiatief)<-[:ONDERSTEUNT]-(o2:Organisatie)
WHERE i1.id < i2.id AND o1.id <> o2.id AND t.category = 'thema'
  AND NOT EXISTS { MATCH (o1)-[:ONDERSTEUNT]->(i2) } AND NOT EXISTS { MATCH (o2)-[:ONDERSTEUNT]->(i1) }
MATCH (i1)-[:WERKT_IN]->(g1:Gebied), (i2)-[:WERKT_IN]->(g2:Gebied), (w:Gebied {level: 'wijk'})
WHERE (g1.id = w.id OR g1.parentId = w.id) AND (g2.id = w.id OR g2.parentId = w.id)
  AND ($wijk = '' OR w.id = $wijk)
  AND NOT EXISTS { MATCH (o1)-[:WERKT_SAMEN_MET|LID_VAN_CONSORTIUM|OPDRACHTGEVER_VAN|SUBSIDIEERT]-(o2) }
RETURN DISTINCT w.name AS wijk, t.name AS thema, i1.name AS initiatief1, o1.name AS organisatie1, i2.name AS initiatief2, o2.name AS organisatie2
ORDER BY wijk, thema, initiatief1, initiatief2
