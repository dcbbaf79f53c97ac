// @title Verbinding wijkteam–initiatief via één persoon
// @group Waar hangt het aan één draad?
// @description Benadering in Cypher: paren van wijkteam en initiatief die alleen via één teamlid verbonden zijn (het teamlid trekt, ondersteunt of doet mee aan het initiatief) en waar het team niet direct naar verwijst. Kennis-banden tellen niet mee; de netwerkanalyse rekent het volledig door. Vertrekt die persoon, dan valt de verbinding weg, zoals in de pilots collectiviseren.
// @param wijkteam: wijkteam = ''
// @param peildatum: date = today
// @column wijkteam: wijkteam
// @column initiatief: initiatief
// @column via: persoon
// @column rollen: tekst
MATCH (t:Wijkteam)<-[lid:LID_VAN]-(m:Persoon)
WHERE ($wijkteam = '' OR t.id = $wijkteam) AND (lid.endDate IS NULL OR lid.endDate > $peildatum)
MATCH (i:Initiatief)
WHERE EXISTS { MATCH (m)-[b:TREKKER_VAN|DEELNEMER_AAN|VRIJWILLIGER_BIJ|ONDERSTEUNT]->(i) WHERE b.endDate IS NULL OR b.endDate > $peildatum }
  AND NOT EXISTS { MATCH (t)-[:VERWIJST_NAAR]->(i) }
WITH t, i, collect(DISTINCT m) AS via
WHERE size(via) = 1
UNWIND via AS v
RETURN t.name AS wijkteam, i.name AS initiatief, v.name AS via, v.roles AS rollen
ORDER BY wijkteam, initiatief
