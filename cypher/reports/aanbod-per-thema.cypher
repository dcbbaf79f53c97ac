// @title Aanbod per thema in een wijk
// @group Wat ontbreekt of dubbelt in het aanbod?
// @description Per thema: welke organisaties en initiatieven zich erop richten, in de wijk (zonder wijk: in de hele stad). Het overzicht achter de dekkingstabel van de netwerkrapportage, met dezelfde getallen. Aanbod telt zoals in de analyse Dekking en de netwerkrapportage: een organisatie of initiatief dat zich op de peildatum op het thema richt en werkt in de wijk, een van haar buurten of het stadsdeel erboven, of daar op een plek samenkomt; stadsbreed werk telt niet mee voor elke wijk.
// @param wijk: gebied = ''
// @param peildatum: date = today
// @column thema: thema
// @column organisaties: organisatie
// @column initiatieven: initiatief
// @column aantal: getal
// Without a wijk: the whole city.
OPTIONAL MATCH (w:Gebied {level: 'wijk'})
WHERE w.id = $wijk AND (w.startDate IS NULL OR w.startDate <= $peildatum) AND (w.endDate IS NULL OR w.endDate > $peildatum)
// What works in the wijk, a buurt of it or the stadsdeel above, or meets at a plek there.
OPTIONAL MATCH (x)-[a:WERKT_IN]->(g:Gebied)
WHERE (g.id = w.id OR g.parentId = w.id OR (g.id = w.parentId AND g.level <> 'stad')) AND (x.startDate IS NULL OR x.startDate <= $peildatum) AND (x.endDate IS NULL OR x.endDate > $peildatum)
  AND (a.startDate IS NULL OR a.startDate <= $peildatum) AND (a.endDate IS NULL OR a.endDate > $peildatum)
  AND (g.startDate IS NULL OR g.startDate <= $peildatum) AND (g.endDate IS NULL OR g.endDate > $peildatum)
WITH w, collect(DISTINCT x.id) AS werkt
OPTIONAL MATCH (x:Initiatief)-[v:VINDT_PLAATS_IN]->(pl:Plek)-[l:LIGT_IN]->(g:Gebied)
WHERE (g.id = w.id OR g.parentId = w.id OR (g.id = w.parentId AND g.level <> 'stad')) AND (x.startDate IS NULL OR x.startDate <= $peildatum) AND (x.endDate IS NULL OR x.endDate > $peildatum)
  AND (v.startDate IS NULL OR v.startDate <= $peildatum) AND (v.endDate IS NULL OR v.endDate > $peildatum)
  AND (pl.startDate IS NULL OR pl.startDate <= $peildatum) AND (pl.endDate IS NULL OR pl.endDate > $peildatum)
  AND (l.startDate IS NULL OR l.startDate <= $peildatum) AND (l.endDate IS NULL OR l.endDate > $peildatum)
  AND (g.startDate IS NULL OR g.startDate <= $peildatum) AND (g.endDate IS NULL OR g.endDate > $peildatum)
WITH w, werkt, collect(DISTINCT x.id) AS opPlek
WITH w, coalesce(werkt, []) + coalesce(opPlek, []) AS inDeWijk
MATCH (t:Thema)
WHERE (t.startDate IS NULL OR t.startDate <= $peildatum) AND (t.endDate IS NULL OR t.endDate > $peildatum)
OPTIONAL MATCH (o:Organisatie)-[zo:RICHT_ZICH_OP]->(t)
WHERE (o.startDate IS NULL OR o.startDate <= $peildatum) AND (o.endDate IS NULL OR o.endDate > $peildatum)
  AND (zo.startDate IS NULL OR zo.startDate <= $peildatum) AND (zo.endDate IS NULL OR zo.endDate > $peildatum) AND ($wijk = '' OR o.id IN inDeWijk)
WITH inDeWijk, t, collect(DISTINCT o.name) AS organisaties, count(DISTINCT o) AS nOrg
OPTIONAL MATCH (i:Initiatief)-[zi:RICHT_ZICH_OP]->(t)
WHERE (i.startDate IS NULL OR i.startDate <= $peildatum) AND (i.endDate IS NULL OR i.endDate > $peildatum)
  AND (zi.startDate IS NULL OR zi.startDate <= $peildatum) AND (zi.endDate IS NULL OR zi.endDate > $peildatum) AND ($wijk = '' OR i.id IN inDeWijk)
WITH t, organisaties, nOrg, collect(DISTINCT i.name) AS initiatieven, count(DISTINCT i) AS nIni
RETURN t.name AS thema, coalesce(organisaties, []) AS organisaties, coalesce(initiatieven, []) AS initiatieven, nOrg + nIni AS aantal
ORDER BY aantal, thema
