// @title Banden zonder recent contact
// @group Wie bereiken we niet?
// @description Kennis-banden (kent) waarvan het laatste contact vóór de gekozen datum ligt; standaard meer dan twaalf maanden voor vandaag, de grens van de analyse Verouderde banden. Zulke banden vervagen: tijd om ze op te frissen, of ze volgens de bewaartermijn op te ruimen. Met een wijk: de banden binnen het netwerk van de wijk, dezelfde als in het paneel Gaten met die wijk als filter; het paneel bundelt ze per persoon en kijkt ook naar andere sociale banden met een laatste contact (van of met een organisatie, wijkteam of initiatief), die dit rapport niet toont.
// @param voor: date = today-12m
// @param wijk: gebied = ''
// @param peildatum: date = today
// @column persoon1: persoon
// @column persoon2: persoon
// @column laatsteContact: datum
// @column sterkte: getal
// @column bron: tekst
// Without a wijk: the whole city.
OPTIONAL MATCH (w:Gebied {level: 'wijk'})
WHERE w.id = $wijk AND (w.startDate IS NULL OR w.startDate <= $peildatum) AND (w.endDate IS NULL OR w.endDate > $peildatum)
// The wijk's network as the analyses see it (docs/analysis.md): who lives, works or is active in the wijk or
// a buurt of it, the initiatives at a plek there, the wijkteams that work in the stadsdeel or the city above it,
// the organisations there with a tie into the wijk, and the members of those wijkteams; on the peildatum.
OPTIONAL MATCH (x)-[a:WOONT_IN|ACTIEF_IN|WERKT_IN|LIGT_IN]->(g:Gebied)
WHERE (g.id = w.id OR g.parentId = w.id) AND (x.startDate IS NULL OR x.startDate <= $peildatum) AND (x.endDate IS NULL OR x.endDate > $peildatum)
  AND (a.startDate IS NULL OR a.startDate <= $peildatum) AND (a.endDate IS NULL OR a.endDate > $peildatum)
  AND (g.startDate IS NULL OR g.startDate <= $peildatum) AND (g.endDate IS NULL OR g.endDate > $peildatum)
WITH w, collect(DISTINCT x.id) AS geplaatst
OPTIONAL MATCH (i:Initiatief)-[v:VINDT_PLAATS_IN]->(pl:Plek)
WHERE pl.id IN geplaatst AND (i.startDate IS NULL OR i.startDate <= $peildatum) AND (i.endDate IS NULL OR i.endDate > $peildatum)
  AND (v.startDate IS NULL OR v.startDate <= $peildatum) AND (v.endDate IS NULL OR v.endDate > $peildatum)
WITH w, geplaatst, collect(DISTINCT i.id) AS opPlek
OPTIONAL MATCH (t:Wijkteam)-[a:WERKT_IN]->(g:Gebied)
WHERE (g.id = w.parentId OR EXISTS { MATCH (s:Gebied) WHERE s.id = w.parentId AND s.parentId = g.id }) AND (t.startDate IS NULL OR t.startDate <= $peildatum) AND (t.endDate IS NULL OR t.endDate > $peildatum)
  AND (a.startDate IS NULL OR a.startDate <= $peildatum) AND (a.endDate IS NULL OR a.endDate > $peildatum)
  AND (g.startDate IS NULL OR g.startDate <= $peildatum) AND (g.endDate IS NULL OR g.endDate > $peildatum)
WITH w, geplaatst, opPlek, collect(DISTINCT t.id) AS vanBoven
WITH w, coalesce(geplaatst, []) + coalesce(opPlek, []) + coalesce(vanBoven, []) AS kern
OPTIONAL MATCH (o:Organisatie)-[a:WERKT_IN]->(g:Gebied)
WHERE (g.id = w.parentId OR EXISTS { MATCH (s:Gebied) WHERE s.id = w.parentId AND s.parentId = g.id }) AND (o.startDate IS NULL OR o.startDate <= $peildatum) AND (o.endDate IS NULL OR o.endDate > $peildatum)
  AND (a.startDate IS NULL OR a.startDate <= $peildatum) AND (a.endDate IS NULL OR a.endDate > $peildatum)
  AND (g.startDate IS NULL OR g.startDate <= $peildatum) AND (g.endDate IS NULL OR g.endDate > $peildatum) AND NOT o.id IN kern
  AND EXISTS { MATCH (o)-[r:KENT|WERKT_BIJ|VRIJWILLIGER_BIJ|LID_VAN|TREKKER_VAN|DEELNEMER_AAN|WERKT_SAMEN_MET|SUBSIDIEERT|OPDRACHTGEVER_VAN|LID_VAN_CONSORTIUM|ONDERSTEUNT|VERWIJST_NAAR]-(y) WHERE y.id IN kern AND (r.startDate IS NULL OR r.startDate <= $peildatum) AND (r.endDate IS NULL OR r.endDate > $peildatum)
  AND (y.startDate IS NULL OR y.startDate <= $peildatum) AND (y.endDate IS NULL OR y.endDate > $peildatum) }
WITH w, kern, collect(DISTINCT o.id) AS organisatiesVanBoven
WITH w, kern + coalesce(organisatiesVanBoven, []) AS kern
OPTIONAL MATCH (m:Persoon)-[l:LID_VAN]->(t:Wijkteam)
WHERE t.id IN kern AND (m.startDate IS NULL OR m.startDate <= $peildatum) AND (m.endDate IS NULL OR m.endDate > $peildatum)
  AND (l.startDate IS NULL OR l.startDate <= $peildatum) AND (l.endDate IS NULL OR l.endDate > $peildatum)
WITH w, kern, collect(DISTINCT m.id) AS leden
WITH w, kern + coalesce(leden, []) AS netwerk
MATCH (a:Persoon)-[r:KENT]->(b:Persoon)
WHERE r.lastContact IS NOT NULL AND r.lastContact < $voor AND (r.startDate IS NULL OR r.startDate <= $peildatum) AND (r.endDate IS NULL OR r.endDate > $peildatum)
  AND (a.startDate IS NULL OR a.startDate <= $peildatum) AND (a.endDate IS NULL OR a.endDate > $peildatum)
  AND (b.startDate IS NULL OR b.startDate <= $peildatum) AND (b.endDate IS NULL OR b.endDate > $peildatum)
  AND ($wijk = '' OR (a.id IN netwerk AND b.id IN netwerk))
RETURN a.name AS persoon1, b.name AS persoon2, r.lastContact AS laatsteContact, r.strength AS sterkte, r.source AS bron
ORDER BY laatsteContact, persoon1
