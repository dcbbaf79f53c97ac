// @title Informele initiatieven los van wijkteam en opbouwwerk
// @group Wie bereiken we niet?
// @description Initiatieven die geen band hebben met een sociaal wijkteam (geen verwijzing, geen teamlid betrokken) én geen opbouwwerker die erbij betrokken is of een trekker kent. De informele en formele wereld staan hier los van elkaar. Een andere vraag dan die van het paneel Gaten en het rapport Initiatieven zonder band met de formele wereld: hier telt een organisatie niet als band, en een opbouwwerker die een trekker kent wel; het telt ook wat al beëindigd is.
// @param wijk: gebied = ''
// @column initiatief: initiatief
// @column wijk: gebied
// @column trekkers: persoon
// @column themas: thema
MATCH (i:Initiatief)
WHERE NOT EXISTS { MATCH (:Wijkteam)-[:VERWIJST_NAAR]->(i) }
  AND NOT EXISTS { MATCH (:Wijkteam)<-[:LID_VAN]-(:Persoon)-[:TREKKER_VAN|DEELNEMER_AAN|VRIJWILLIGER_BIJ|ONDERSTEUNT]->(i) }
  AND NOT EXISTS {
    MATCH (o:Persoon)-[:TREKKER_VAN|DEELNEMER_AAN|VRIJWILLIGER_BIJ|ONDERSTEUNT]->(i)
    WHERE 'opbouwwerker' IN o.roles
  }
  AND NOT EXISTS {
    MATCH (o:Persoon)-[:KENT]-(:Persoon)-[:TREKKER_VAN]->(i)
    WHERE 'opbouwwerker' IN o.roles
  }
OPTIONAL MATCH (i)-[:WERKT_IN]->(g:Gebied)
OPTIONAL MATCH (w:Gebied {level: 'wijk'})
WHERE w.id = g.id OR w.id = g.parentId
WITH i, w
WHERE $wijk = '' OR w.id = $wijk
OPTIONAL MATCH (t:Persoon)-[:TREKKER_VAN]->(i)
OPTIONAL MATCH (i)-[:RICHT_ZICH_OP]->(th:Thema)
RETURN i.name AS initiatief, w.name AS wijk, collect(DISTINCT t.name) AS trekkers, collect(DISTINCT th.name) AS themas
ORDER BY wijk, initiatief
