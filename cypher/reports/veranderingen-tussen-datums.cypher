// @title Wat groeide en wat verdween tussen twee datums
// @group Hoe staat de wijk ervoor?
// @description Banden die tussen de twee datums begonnen of eindigden, per type. Tellen voor de monitor 'tellen en vertellen'; bespreek de cijfers in een duidingssessie.
// @param van: date = today-12m
// @param tot: date = today
// @column type: tekst
// @column nieuw: getal
// @column beeindigd: getal
// @column saldo: getal
MATCH ()-[r]->()
WITH type(r) AS type,
  count(CASE WHEN r.startDate >= $van AND r.startDate <= $tot THEN 1 ELSE NULL END) AS nieuw,
  count(CASE WHEN r.endDate >= $van AND r.endDate <= $tot THEN 1 ELSE NULL END) AS beeindigd
WHERE nieuw > 0 OR beeindigd > 0
RETURN type, nieuw, beeindigd, nieuw - beeindigd AS saldo
ORDER BY type
