// @title Bewoners alleen bereikbaar via één professional
// @group Wie bereiken we niet?
// @description Bewoners met maar één directe contact (één sociale band, binnen het netwerk van de wijk; zonder wijk: de hele stad), en dat is een professional. Als die professional vertrekt, verliest de bewoner zijn enige verbinding. Dezelfde bewoners als "Alleen bereikbaar via …" in het paneel Gaten; het paneel beoordeelt daarnaast kleine groepjes (een paar, een huishouden) die verder alleen via één professional bereikbaar zijn.
// @param wijk: gebied = ''
// @param peildatum: date = today
// @column persoon: persoon
// @column buurt: gebied
// @column professional: persoon
// @column rollenProfessional: tekst
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
MATCH (p:Persoon)
WHERE (p.startDate IS NULL OR p.startDate <= $peildatum) AND (p.endDate IS NULL OR p.endDate > $peildatum) AND none(rol IN p.roles WHERE rol IN ['gebiedsverbinder', 'opbouwwerker', 'wijkteamlid', 'buurtcoach', 'sociaal_makelaar', 'wijkagent', 'huisarts', 'jongerenwerker', 'buurtsportcoach', 'wijkverpleegkundige', 'maatschappelijk_werker', 'professional']) AND ($wijk = '' OR p.id IN netwerk)
MATCH (p)-[k:KENT|WERKT_BIJ|VRIJWILLIGER_BIJ|LID_VAN|TREKKER_VAN|DEELNEMER_AAN|WERKT_SAMEN_MET|SUBSIDIEERT|OPDRACHTGEVER_VAN|LID_VAN_CONSORTIUM|ONDERSTEUNT|VERWIJST_NAAR]-(q)
WHERE (k.startDate IS NULL OR k.startDate <= $peildatum) AND (k.endDate IS NULL OR k.endDate > $peildatum)
  AND (q.startDate IS NULL OR q.startDate <= $peildatum) AND (q.endDate IS NULL OR q.endDate > $peildatum) AND ($wijk = '' OR q.id IN netwerk)
WITH p, collect(DISTINCT q) AS contacten
WHERE size(contacten) = 1
UNWIND contacten AS pro
WITH p, pro
WHERE pro:Persoon AND any(rol IN pro.roles WHERE rol IN ['gebiedsverbinder', 'opbouwwerker', 'wijkteamlid', 'buurtcoach', 'sociaal_makelaar', 'wijkagent', 'huisarts', 'jongerenwerker', 'buurtsportcoach', 'wijkverpleegkundige', 'maatschappelijk_werker', 'professional'])
OPTIONAL MATCH (p)-[h:WOONT_IN]->(g:Gebied)
WHERE (h.startDate IS NULL OR h.startDate <= $peildatum) AND (h.endDate IS NULL OR h.endDate > $peildatum)
  AND (g.startDate IS NULL OR g.startDate <= $peildatum) AND (g.endDate IS NULL OR g.endDate > $peildatum)
RETURN p.name AS persoon, min(g.name) AS buurt, pro.name AS professional, pro.roles AS rollenProfessional
ORDER BY professional, persoon
