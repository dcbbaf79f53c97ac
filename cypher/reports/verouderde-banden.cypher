// @title Banden zonder recent contact
// @group Wie bereiken we niet?
// @description Kennis-banden (kent) waarvan het laatste contact vóór de gekozen datum ligt. Zulke banden vervagen: tijd om ze op te frissen, of ze volgens de bewaartermijn op te ruimen.
// @param voor: date = today-6m
// @param wijk: gebied = ''
// @param peildatum: date = today
// @column persoon1: persoon
// @column persoon2: persoon
// @column laatsteContact: datum
// @column sterkte: getal
// @column bron: tekst
MATCH (a:Persoon)-[r:KENT]->(b:Persoon)
WHERE r.lastContact IS NOT NULL AND r.lastContact < $voor
  AND (r.endDate IS NULL OR r.endDate > $peildatum) AND (r.startDate IS NULL OR r.startDate <= $peildatum) AND (a.endDate IS NULL OR a.endDate > $peildatum) AND (a.startDate IS NULL OR a.startDate <= $peildatum) AND (b.endDate IS NULL OR b.endDate > $peildatum) AND (b.startDate IS NULL OR b.startDate <= $peildatum)
  AND ($wijk = '' OR EXISTS {
    MATCH (a)-[:WOONT_IN|ACTIEF_IN]->(g:Gebied)
    WHERE g.id = $wijk OR g.parentId = $wijk
  })
RETURN a.name AS persoon1, b.name AS persoon2, r.lastContact AS laatsteContact, r.strength AS sterkte, r.source AS bron
ORDER BY laatsteContact, persoon1
