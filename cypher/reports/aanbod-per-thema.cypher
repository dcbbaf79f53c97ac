// @title Aanbod per thema in een wijk
// @group Wat ontbreekt of dubbelt in het aanbod?
// @description Per thema: welke organisaties en initiatieven in de wijk (of stadsbreed) zich erop richten. Het overzicht achter de dekkingstabel.
// @param wijk: gebied = ''
// @column thema: thema
// @column organisaties: organisatie
// @column initiatieven: initiatief
// @column aantal: getal
MATCH (t:Thema)
OPTIONAL MATCH (o:Organisatie)-[:RICHT_ZICH_OP]->(t)
WHERE $wijk = '' OR EXISTS { MATCH (o)-[:WERKT_IN]->(g:Gebied) WHERE g.id = $wijk OR g.parentId = $wijk }
WITH t, collect(DISTINCT o.name) AS organisaties, count(DISTINCT o) AS nOrg
OPTIONAL MATCH (i:Initiatief)-[:RICHT_ZICH_OP]->(t)
WHERE $wijk = '' OR EXISTS { MATCH (i)-[:WERKT_IN]->(g:Gebied) WHERE g.id = $wijk OR g.parentId = $wijk }
WITH t, organisaties, nOrg, collect(DISTINCT i.name) AS initiatieven, count(DISTINCT i) AS nIni
RETURN t.name AS thema, organisaties, initiatieven, nOrg + nIni AS aantal
ORDER BY aantal, thema
