// @title Verbinding wijkteam–initiatief via één persoon
// @group Waar hangt het aan één draad?
// @description Wijkteams die zelf geen band hebben met een initiatief (geen verwijzing) en hun initiatieven bereiken via precies één persoon: het enige teamlid dat een initiatief in het werkgebied van het team trekt, ondersteunt, er vrijwilliger is of aan meedoet. Binnen het netwerk van de wijk (zonder wijk: de hele stad) op de peildatum; een initiatief telt voor een team als het ligt in een gebied waar het team werkt, daaronder of daarboven. Dezelfde verbindingen als "Enige verbinding wijkteam–initiatieven" in het paneel Gaten; het paneel vindt daarnaast zo'n verbinding die verderop via één persoon of organisatie loopt. Vertrekt die persoon, dan valt de verbinding weg, zoals in de pilots collectiviseren.
// @param wijkteam: wijkteam = ''
// @param wijk: gebied = ''
// @param peildatum: date = today
// @column wijkteam: wijkteam
// @column initiatief: initiatief
// @column via: persoon
// @column rollen: tekst
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
MATCH (t:Wijkteam)
WHERE ($wijkteam = '' OR t.id = $wijkteam) AND (t.startDate IS NULL OR t.startDate <= $peildatum) AND (t.endDate IS NULL OR t.endDate > $peildatum) AND ($wijk = '' OR t.id IN netwerk)
  AND NOT EXISTS { MATCH (t)-[r:KENT|WERKT_BIJ|VRIJWILLIGER_BIJ|LID_VAN|TREKKER_VAN|DEELNEMER_AAN|WERKT_SAMEN_MET|SUBSIDIEERT|OPDRACHTGEVER_VAN|LID_VAN_CONSORTIUM|ONDERSTEUNT|VERWIJST_NAAR]-(d:Initiatief) WHERE (r.startDate IS NULL OR r.startDate <= $peildatum) AND (r.endDate IS NULL OR r.endDate > $peildatum)
  AND (d.startDate IS NULL OR d.startDate <= $peildatum) AND (d.endDate IS NULL OR d.endDate > $peildatum) AND ($wijk = '' OR d.id IN netwerk) }
MATCH (t)-[lid:KENT|WERKT_BIJ|VRIJWILLIGER_BIJ|LID_VAN|TREKKER_VAN|DEELNEMER_AAN|WERKT_SAMEN_MET|SUBSIDIEERT|OPDRACHTGEVER_VAN|LID_VAN_CONSORTIUM|ONDERSTEUNT|VERWIJST_NAAR]-(m:Persoon)-[b:KENT|WERKT_BIJ|VRIJWILLIGER_BIJ|LID_VAN|TREKKER_VAN|DEELNEMER_AAN|WERKT_SAMEN_MET|SUBSIDIEERT|OPDRACHTGEVER_VAN|LID_VAN_CONSORTIUM|ONDERSTEUNT|VERWIJST_NAAR]-(i:Initiatief)
WHERE (lid.startDate IS NULL OR lid.startDate <= $peildatum) AND (lid.endDate IS NULL OR lid.endDate > $peildatum)
  AND (m.startDate IS NULL OR m.startDate <= $peildatum) AND (m.endDate IS NULL OR m.endDate > $peildatum)
  AND (b.startDate IS NULL OR b.startDate <= $peildatum) AND (b.endDate IS NULL OR b.endDate > $peildatum)
  AND (i.startDate IS NULL OR i.startDate <= $peildatum) AND (i.endDate IS NULL OR i.endDate > $peildatum) AND ($wijk = '' OR (m.id IN netwerk AND i.id IN netwerk))
  // The team's own initiatives: in an area the team works in, below it or above it (or either has no area).
  AND (NOT EXISTS { MATCH (t)-[x:WERKT_IN]->(:Gebied) WHERE (x.startDate IS NULL OR x.startDate <= $peildatum) AND (x.endDate IS NULL OR x.endDate > $peildatum) }
    OR (NOT EXISTS { MATCH (i)-[y:WERKT_IN]->(:Gebied) WHERE (y.startDate IS NULL OR y.startDate <= $peildatum) AND (y.endDate IS NULL OR y.endDate > $peildatum) } AND NOT EXISTS { MATCH (i)-[y:VINDT_PLAATS_IN]->(pl:Plek)-[z:LIGT_IN]->(:Gebied) WHERE (y.startDate IS NULL OR y.startDate <= $peildatum) AND (y.endDate IS NULL OR y.endDate > $peildatum)
  AND (pl.startDate IS NULL OR pl.startDate <= $peildatum) AND (pl.endDate IS NULL OR pl.endDate > $peildatum)
  AND (z.startDate IS NULL OR z.startDate <= $peildatum) AND (z.endDate IS NULL OR z.endDate > $peildatum) })
    OR EXISTS { MATCH (t)-[x:WERKT_IN]->(u:Gebied), (i)-[y:WERKT_IN]->(a:Gebied) WHERE (x.startDate IS NULL OR x.startDate <= $peildatum) AND (x.endDate IS NULL OR x.endDate > $peildatum)
  AND (y.startDate IS NULL OR y.startDate <= $peildatum) AND (y.endDate IS NULL OR y.endDate > $peildatum) AND (u.id = a.id OR u.id = a.parentId OR a.id = u.parentId OR u.level = 'stad' OR a.level = 'stad' OR EXISTS { MATCH (tussen:Gebied) WHERE (tussen.id = a.parentId AND tussen.parentId = u.id) OR (tussen.id = u.parentId AND tussen.parentId = a.id) }) }
    OR EXISTS { MATCH (t)-[x:WERKT_IN]->(u:Gebied), (i)-[y:VINDT_PLAATS_IN]->(pl:Plek)-[z:LIGT_IN]->(a:Gebied) WHERE (x.startDate IS NULL OR x.startDate <= $peildatum) AND (x.endDate IS NULL OR x.endDate > $peildatum)
  AND (y.startDate IS NULL OR y.startDate <= $peildatum) AND (y.endDate IS NULL OR y.endDate > $peildatum)
  AND (pl.startDate IS NULL OR pl.startDate <= $peildatum) AND (pl.endDate IS NULL OR pl.endDate > $peildatum)
  AND (z.startDate IS NULL OR z.startDate <= $peildatum) AND (z.endDate IS NULL OR z.endDate > $peildatum) AND (u.id = a.id OR u.id = a.parentId OR a.id = u.parentId OR u.level = 'stad' OR a.level = 'stad' OR EXISTS { MATCH (tussen:Gebied) WHERE (tussen.id = a.parentId AND tussen.parentId = u.id) OR (tussen.id = u.parentId AND tussen.parentId = a.id) }) })
WITH t, collect(DISTINCT m) AS via, collect(DISTINCT {persoon: m.id, initiatief: i.name}) AS paren
WHERE size(via) = 1
UNWIND paren AS paar
WITH t, via[0] AS v, paar
RETURN t.name AS wijkteam, paar.initiatief AS initiatief, v.name AS via, v.roles AS rollen
ORDER BY wijkteam, initiatief
