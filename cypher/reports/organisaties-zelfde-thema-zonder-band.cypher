// @title Organisaties op hetzelfde thema zonder band
// @group Wie kunnen we aan elkaar voorstellen?
// @description Organisaties die in dezelfde wijk op hetzelfde thema werken maar geen band hebben (geen samenwerking, consortium, opdracht of subsidie). Kans op dubbel aanbod, of op een nuttige kennismaking.
// @param wijk: gebied = ''
// @param thema: thema = ''
// @column wijk: gebied
// @column thema: thema
// @column organisatie1: organisatie
// @column type1: tekst
// @column organisatie2: organisatie
// @column type2: tekst
MATCH (o1:Organisatie)-[:RICHT_ZICH_OP]->(t:Thema)<-[:RICHT_ZICH_OP]-(o2:Organisatie)
WHERE o1.id < o2.id AND ($thema = '' OR t.id = $thema)
MATCH (o1)-[:WERKT_IN]->(g1:Gebied), (o2)-[:WERKT_IN]->(g2:Gebied), (w:Gebied {level: 'wijk'})
WHERE (g1.id = w.id OR g1.parentId = w.id) AND (g2.id = w.id OR g2.parentId = w.id)
  AND ($wijk = '' OR w.id = $wijk)
  AND NOT EXISTS { MATCH (o1)-[:WERKT_SAMEN_MET|LID_VAN_CONSORTIUM|OPDRACHTGEVER_VAN|SUBSIDIEERT]-(o2) }
RETURN DISTINCT w.name AS wijk, t.name AS thema, o1.name AS organisatie1, o1.type AS type1, o2.name AS organisatie2, o2.type AS type2
ORDER BY wijk, thema, organisatie1, organisatie2
