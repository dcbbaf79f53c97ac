// @title Initiatieven zonder wijkteam of organisatie
// @group Wie bereiken we niet?
// @description Initiatieven waar geen wijkteam naar verwijst en die door geen organisatie worden ondersteund, gesubsidieerd of bemenst. Ze draaien los van de formele wereld en zijn kwetsbaar als de trekker stopt.
// @param wijk: gebied = ''
// @param peildatum: date = today
// @column initiatief: initiatief
// @column initiatiefId: tekst
// @column wijk: gebied
// @column trekkers: persoon
// @column deelnemers: getal
MATCH (i:Initiatief)
WHERE (i.endDate IS NULL OR i.endDate > $peildatum) AND (i.startDate IS NULL OR i.startDate <= $peildatum)
  AND NOT EXISTS { MATCH (:Wijkteam)-[:VERWIJST_NAAR]->(i) }
  AND NOT EXISTS { MATCH (:Organisatie)-[:ONDERSTEUNT|SUBSIDIEERT]->(i) }
  AND NOT EXISTS { MATCH (i)<-[:VRIJWILLIGER_BIJ|TREKKER_VAN]-(:Persoon)-[:WERKT_BIJ]->(:Organisatie) }
OPTIONAL MATCH (i)-[:WERKT_IN]->(g:Gebied)
OPTIONAL MATCH (w:Gebied {level: 'wijk'})
WHERE w.id = g.id OR w.id = g.parentId
WITH i, w
WHERE $wijk = '' OR w.id = $wijk
OPTIONAL MATCH (t:Persoon)-[:TREKKER_VAN]->(i)
OPTIONAL MATCH (d:Persoon)-[:DEELNEMER_AAN]->(i)
RETURN i.name AS initiatief, i.id AS initiatiefId, w.name AS wijk, collect(DISTINCT t.name) AS trekkers, count(DISTINCT d) AS deelnemers
ORDER BY wijk, initiatief
