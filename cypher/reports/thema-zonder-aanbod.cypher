// @title Thema's zonder aanbod per wijk
// @group Wat ontbreekt of dubbelt in het aanbod?
// @description Voor elke wijk en elk thema: is er een initiatief of organisatie in de wijk die zich op het thema richt? Toont de combinaties zonder aanbod. Aanbod telt als een organisatie in de wijk werkt, of een initiatief in een van haar buurten.
// @param wijk: gebied = ''
// @param categorie: string = ''
// @column wijk: gebied
// @column wijkId: tekst
// @column thema: thema
// @column categorie: tekst
MATCH (w:Gebied {level: 'wijk'}), (t:Thema)
WHERE ($wijk = '' OR w.id = $wijk) AND ($categorie = '' OR t.category = $categorie)
  AND NOT EXISTS {
    MATCH (t)<-[:RICHT_ZICH_OP]-(x)-[:WERKT_IN]->(g:Gebied)
    WHERE g.id = w.id OR g.parentId = w.id
  }
RETURN w.name AS wijk, w.id AS wijkId, t.name AS thema, t.category AS categorie
ORDER BY wijk, thema
