// @title Waar het wijkteam niet naar verwijst
// @group Wat ontbreekt of dubbelt in het aanbod?
// @description Initiatieven en organisaties die werken in het gebied van een wijkteam, maar waar dat wijkteam nooit naar verwijst. Hier liggen kansen voor collectief aanbod en het 'twee-benenprincipe'.
// @param wijkteam: wijkteam = ''
// @column wijkteam: wijkteam
// @column aanbod: tekst
// @column soort: tekst
// @column wijk: gebied
// @column themas: thema
MATCH (t:Wijkteam)-[:WERKT_IN]->(w:Gebied)
WHERE $wijkteam = '' OR t.id = $wijkteam
MATCH (x)-[:WERKT_IN]->(g:Gebied)
WHERE (g.id = w.id OR g.parentId = w.id) AND (x.id STARTS WITH 'ini_' OR x.id STARTS WITH 'org_')
  AND NOT EXISTS { MATCH (t)-[:VERWIJST_NAAR]->(x) }
OPTIONAL MATCH (x)-[:RICHT_ZICH_OP]->(th:Thema)
RETURN t.name AS wijkteam, x.name AS aanbod,
  CASE WHEN x.id STARTS WITH 'ini_' THEN 'initiatief' ELSE 'organisatie' END AS soort,
  w.name AS wijk, collect(DISTINCT th.name) AS themas
ORDER BY wijkteam, soort, aanbod
