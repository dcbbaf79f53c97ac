// @title Initiatieven zonder band met de formele wereld
// @group Wie bereiken we niet?
// @description Initiatieven zonder directe band met een wijkteam, een organisatie die aanbieder is of een professional, binnen het netwerk van de wijk (zonder wijk: de hele stad) op de peildatum. Dezelfde initiatieven als in het paneel Gaten onder Losse werelden (een initiatief zonder formele band, zonder banden, of in een losse groep). Een organisatie is aanbieder als een professional er werkt, een wijkteam ernaar verwijst, of als ze een publieke instelling is (gemeente, welzijn, zorg, jeugd, woningcorporatie, school, bibliotheek, fonds); een moskeebestuur of vereniging zonder dat is dat niet. Zulke initiatieven draaien los van de formele wereld en zijn kwetsbaar als de trekker stopt.
// @param wijk: gebied = ''
// @param peildatum: date = today
// @column initiatief: initiatief
// @column initiatiefId: tekst
// @column wijk: gebied
// @column trekkers: persoon
// @column deelnemers: getal
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
MATCH (i:Initiatief)
WHERE (i.startDate IS NULL OR i.startDate <= $peildatum) AND (i.endDate IS NULL OR i.endDate > $peildatum) AND ($wijk = '' OR i.id IN netwerk)
  AND NOT EXISTS {
    MATCH (i)-[r:KENT|WERKT_BIJ|VRIJWILLIGER_BIJ|LID_VAN|TREKKER_VAN|DEELNEMER_AAN|WERKT_SAMEN_MET|SUBSIDIEERT|OPDRACHTGEVER_VAN|LID_VAN_CONSORTIUM|ONDERSTEUNT|VERWIJST_NAAR]-(x)
    WHERE (r.startDate IS NULL OR r.startDate <= $peildatum) AND (r.endDate IS NULL OR r.endDate > $peildatum)
  AND (x.startDate IS NULL OR x.startDate <= $peildatum) AND (x.endDate IS NULL OR x.endDate > $peildatum) AND ($wijk = '' OR x.id IN netwerk)
      AND (x:Wijkteam OR (x:Persoon AND any(rol IN x.roles WHERE rol IN ['gebiedsverbinder', 'opbouwwerker', 'wijkteamlid', 'buurtcoach', 'sociaal_makelaar', 'wijkagent', 'huisarts', 'jongerenwerker', 'buurtsportcoach', 'wijkverpleegkundige', 'maatschappelijk_werker', 'professional'])) OR (x:Organisatie AND (x.type IN ['gemeente', 'welzijn', 'zorg', 'jeugd', 'woningcorporatie', 'school', 'bibliotheek', 'fonds']
      OR EXISTS { MATCH (x)<-[wb:WERKT_BIJ]-(pr:Persoon) WHERE any(rol IN pr.roles WHERE rol IN ['gebiedsverbinder', 'opbouwwerker', 'wijkteamlid', 'buurtcoach', 'sociaal_makelaar', 'wijkagent', 'huisarts', 'jongerenwerker', 'buurtsportcoach', 'wijkverpleegkundige', 'maatschappelijk_werker', 'professional']) AND (wb.startDate IS NULL OR wb.startDate <= $peildatum) AND (wb.endDate IS NULL OR wb.endDate > $peildatum)
  AND (pr.startDate IS NULL OR pr.startDate <= $peildatum) AND (pr.endDate IS NULL OR pr.endDate > $peildatum) }
      OR EXISTS { MATCH (x)<-[vn:VERWIJST_NAAR]-(wt:Wijkteam) WHERE (vn.startDate IS NULL OR vn.startDate <= $peildatum) AND (vn.endDate IS NULL OR vn.endDate > $peildatum)
  AND (wt.startDate IS NULL OR wt.startDate <= $peildatum) AND (wt.endDate IS NULL OR wt.endDate > $peildatum) })))
  }
OPTIONAL MATCH (i)-[wi:WERKT_IN]->(g:Gebied)
WHERE (wi.startDate IS NULL OR wi.startDate <= $peildatum) AND (wi.endDate IS NULL OR wi.endDate > $peildatum)
OPTIONAL MATCH (iw:Gebied {level: 'wijk'})
WHERE iw.id = g.id OR iw.id = g.parentId
OPTIONAL MATCH (t:Persoon)-[tr:TREKKER_VAN]->(i)
WHERE (t.startDate IS NULL OR t.startDate <= $peildatum) AND (t.endDate IS NULL OR t.endDate > $peildatum)
  AND (tr.startDate IS NULL OR tr.startDate <= $peildatum) AND (tr.endDate IS NULL OR tr.endDate > $peildatum)
OPTIONAL MATCH (d:Persoon)-[de:DEELNEMER_AAN]->(i)
WHERE (d.startDate IS NULL OR d.startDate <= $peildatum) AND (d.endDate IS NULL OR d.endDate > $peildatum)
  AND (de.startDate IS NULL OR de.startDate <= $peildatum) AND (de.endDate IS NULL OR de.endDate > $peildatum)
RETURN i.name AS initiatief, i.id AS initiatiefId, min(iw.name) AS wijk, collect(DISTINCT t.name) AS trekkers, count(DISTINCT d) AS deelnemers
ORDER BY wijk, initiatief
