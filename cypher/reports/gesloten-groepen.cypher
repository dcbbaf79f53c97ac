// @title Gesloten groepen rond initiatieven
// @group Wie bereiken we niet?
// @description Per initiatief: hoeveel kennis-banden de deelnemers onderling hebben en hoeveel naar buiten. Een hoge interne dichtheid met weinig banden naar buiten kan betekenen dat de groep anderen buitensluit.
// @param minimumDeelnemers: int = 3
// @column initiatief: initiatief
// @column deelnemers: getal
// @column bandenBinnen: getal
// @column bandenBuiten: getal
// @column dichtheidBinnen: getal
// @column aandeelBuiten: getal
MATCH (d:Persoon)-[:DEELNEMER_AAN|TREKKER_VAN]->(i:Initiatief)
WITH i, collect(DISTINCT d.id) AS leden
WITH i, leden, size(leden) AS deelnemers
WHERE deelnemers >= $minimumDeelnemers
UNWIND leden AS lid
MATCH (a:Persoon {id: lid})
MATCH (a)-[k:KENT]-(b:Persoon)
WITH i, deelnemers, leden, b.id IN leden AS binnen
WITH i, deelnemers,
  count(CASE WHEN binnen THEN 1 ELSE NULL END) AS binnenDubbel,
  count(CASE WHEN binnen THEN NULL ELSE 1 END) AS bandenBuiten
WITH i, deelnemers, binnenDubbel / 2 AS bandenBinnen, bandenBuiten
RETURN i.name AS initiatief, deelnemers, bandenBinnen, bandenBuiten,
  round(2.0 * bandenBinnen / (1.0 * deelnemers * (deelnemers - 1)), 3) AS dichtheidBinnen,
  CASE WHEN bandenBinnen + bandenBuiten = 0 THEN 0.0 ELSE round(1.0 * bandenBuiten / (bandenBinnen + bandenBuiten), 3) END AS aandeelBuiten
ORDER BY dichtheidBinnen DESC, aandeelBuiten, initiatief
LIMIT 50
