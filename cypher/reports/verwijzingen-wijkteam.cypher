// @title Verwijzingen vanuit het wijkteam
// @group Wat ontbreekt of dubbelt in het aanbod?
// @description Waar verwijst elk sociaal wijkteam naar: organisaties en initiatieven, met het aantal verwijzingen (opgeteld over de perioden, of alleen de gekozen periode zoals 2024-Q3).
// @param wijkteam: wijkteam = ''
// @param periode: periode = ''
// @column wijkteam: wijkteam
// @column naar: tekst
// @column soort: tekst
// @column verwijzingen: getal
// @column perioden: getal
MATCH (t:Wijkteam)-[r:VERWIJST_NAAR]->(x)
WHERE ($wijkteam = '' OR t.id = $wijkteam) AND ($periode = '' OR r.period = $periode)
RETURN t.name AS wijkteam, x.name AS naar,
  CASE WHEN x.id STARTS WITH 'ini_' THEN 'initiatief' ELSE 'organisatie' END AS soort,
  sum(coalesce(r.count, 0)) AS verwijzingen, count(DISTINCT r.period) AS perioden
ORDER BY wijkteam, verwijzingen DESC, naar
