// @title Thema's zonder aanbod per wijk
// @group Wat ontbreekt of dubbelt in het aanbod?
// @description Voor elke wijk en elk thema: is er een initiatief of organisatie die zich op het thema richt? Toont de combinaties zonder aanbod: dezelfde als "geen aanbod voor …" in het paneel Gaten. Aanbod telt zoals in de analyse Dekking en de netwerkrapportage: een organisatie of initiatief dat zich op de peildatum op het thema richt en werkt in de wijk, een van haar buurten of het stadsdeel erboven, of daar op een plek samenkomt; stadsbreed werk telt niet mee voor elke wijk.
// @param wijk: gebied = ''
// @param categorie: string = ''
// @param peildatum: date = today
// @column wijk: gebied
// @column wijkId: tekst
// @column thema: thema
// @column categorie: tekst
MATCH (w:Gebied {level: 'wijk'}), (t:Thema)
WHERE ($wijk = '' OR w.id = $wijk) AND ($categorie = '' OR t.category = $categorie) AND (w.startDate IS NULL OR w.startDate <= $peildatum) AND (w.endDate IS NULL OR w.endDate > $peildatum)
  AND (t.startDate IS NULL OR t.startDate <= $peildatum) AND (t.endDate IS NULL OR t.endDate > $peildatum)
  AND NOT EXISTS {
    MATCH (t)<-[z:RICHT_ZICH_OP]-(x)
    WHERE (x:Organisatie OR x:Initiatief) AND (z.startDate IS NULL OR z.startDate <= $peildatum) AND (z.endDate IS NULL OR z.endDate > $peildatum)
  AND (x.startDate IS NULL OR x.startDate <= $peildatum) AND (x.endDate IS NULL OR x.endDate > $peildatum)
      AND (EXISTS { MATCH (x)-[a:WERKT_IN]->(g:Gebied) WHERE (g.id = w.id OR g.parentId = w.id OR (g.id = w.parentId AND g.level <> 'stad')) AND (a.startDate IS NULL OR a.startDate <= $peildatum) AND (a.endDate IS NULL OR a.endDate > $peildatum)
  AND (g.startDate IS NULL OR g.startDate <= $peildatum) AND (g.endDate IS NULL OR g.endDate > $peildatum) }
      OR EXISTS { MATCH (x)-[v:VINDT_PLAATS_IN]->(pl:Plek)-[l:LIGT_IN]->(g:Gebied) WHERE (g.id = w.id OR g.parentId = w.id OR (g.id = w.parentId AND g.level <> 'stad')) AND (v.startDate IS NULL OR v.startDate <= $peildatum) AND (v.endDate IS NULL OR v.endDate > $peildatum)
  AND (pl.startDate IS NULL OR pl.startDate <= $peildatum) AND (pl.endDate IS NULL OR pl.endDate > $peildatum)
  AND (l.startDate IS NULL OR l.startDate <= $peildatum) AND (l.endDate IS NULL OR l.endDate > $peildatum)
  AND (g.startDate IS NULL OR g.startDate <= $peildatum) AND (g.endDate IS NULL OR g.endDate > $peildatum) })
  }
RETURN w.name AS wijk, w.id AS wijkId, t.name AS thema, t.category AS categorie
ORDER BY wijk, thema
