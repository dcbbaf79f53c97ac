// @title Mogelijk overbelaste personen
// @group Wie zijn de sleutelfiguren, en wie draagt te veel?
// @description Vrijwilligers en professionals met veel rollen en banden: trekker of vrijwilliger bij meerdere initiatieven, lid van teams, veel contacten. Het risico op uitval rust op weinig schouders.
// @param minimum: int = 4
// @column persoon: persoon
// @column rollen: tekst
// @column taken: getal
// @column contacten: getal
// @column totaal: getal
MATCH (p:Persoon)
OPTIONAL MATCH (p)-[:TREKKER_VAN|VRIJWILLIGER_BIJ|ONDERSTEUNT|LID_VAN|WERKT_BIJ]->(x)
WITH p, count(DISTINCT x) AS taken
OPTIONAL MATCH (p)-[:KENT]-(q:Persoon)
WITH p, taken, count(DISTINCT q) AS contacten
WITH p, taken, contacten, taken + size(p.roles) AS last
WHERE last >= $minimum
RETURN p.name AS persoon, p.roles AS rollen, taken, contacten, last AS totaal
ORDER BY totaal DESC, contacten DESC, persoon
LIMIT 100
