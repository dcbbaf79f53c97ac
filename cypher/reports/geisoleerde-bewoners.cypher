// @title Geïsoleerde bewoners
// @group Wie bereiken we niet?
// @description Bewoners met hoogstens het gekozen aantal kennis-banden (standaard: één of geen) en zonder deelname aan een initiatief. Mogelijk eenzaam; een aanknopingspunt voor de buurt.
// @param wijk: gebied = ''
// @param peildatum: date = today
// @param maximum: int = 1
// @column persoon: persoon
// @column buurt: gebied
// @column contacten: getal
// @column initiatieven: getal
MATCH (p:Persoon)-[w:WOONT_IN]->(g:Gebied)
WHERE 'bewoner' IN p.roles AND ($wijk = '' OR g.id = $wijk OR g.parentId = $wijk)
  AND (p.endDate IS NULL OR p.endDate > $peildatum) AND (p.startDate IS NULL OR p.startDate <= $peildatum) AND (w.endDate IS NULL OR w.endDate > $peildatum) AND (w.startDate IS NULL OR w.startDate <= $peildatum)
OPTIONAL MATCH (p)-[k:KENT]-(q:Persoon)
WHERE (k.endDate IS NULL OR k.endDate > $peildatum) AND (k.startDate IS NULL OR k.startDate <= $peildatum) AND (q.endDate IS NULL OR q.endDate > $peildatum) AND (q.startDate IS NULL OR q.startDate <= $peildatum)
WITH p, g, count(DISTINCT q) AS contacten
OPTIONAL MATCH (p)-[d:DEELNEMER_AAN|TREKKER_VAN|VRIJWILLIGER_BIJ]->(i:Initiatief)
WHERE (d.endDate IS NULL OR d.endDate > $peildatum) AND (d.startDate IS NULL OR d.startDate <= $peildatum) AND (i.endDate IS NULL OR i.endDate > $peildatum) AND (i.startDate IS NULL OR i.startDate <= $peildatum)
WITH p, g, contacten, count(DISTINCT i) AS initiatieven
WHERE contacten <= $maximum AND initiatieven = 0
RETURN p.name AS persoon, g.name AS buurt, contacten, initiatieven
ORDER BY contacten, buurt, persoon
