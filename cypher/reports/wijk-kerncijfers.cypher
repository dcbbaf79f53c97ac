// @title Kerncijfers per wijk
// @group Hoe staat de wijk ervoor?
// @description Per wijk op de peildatum: personen (bewoners en professionals) die er wonen of actief zijn, kennis-banden tussen hen, dichtheid (aandeel van alle mogelijke banden), organisaties en initiatieven die er werken. Tellen als basis voor vertellen. Anders dan de kerncijfers van de netwerkrapportage en de tijdlijn op de kaart: die tellen het netwerk van de wijk zoals de analyses het zien, met elke sociale band (ook met organisaties, wijkteams en initiatieven), de initiatieven op een plek in de wijk en de leden van de wijkteams die er werken.
// @param wijk: gebied = ''
// @param peildatum: date = today
// @column wijk: gebied
// @column wijkId: tekst
// @column personen: getal
// @column bewoners: getal
// @column banden: getal
// @column dichtheid: getal
// @column organisaties: getal
// @column initiatieven: getal
MATCH (w:Gebied {level: 'wijk'})
WHERE ($wijk = '' OR w.id = $wijk) AND (w.startDate IS NULL OR w.startDate <= $peildatum) AND (w.endDate IS NULL OR w.endDate > $peildatum)
OPTIONAL MATCH (p:Persoon)-[r:WOONT_IN|ACTIEF_IN]->(g:Gebied)
WHERE (g.id = w.id OR g.parentId = w.id) AND (p.startDate IS NULL OR p.startDate <= $peildatum) AND (p.endDate IS NULL OR p.endDate > $peildatum)
  AND (r.startDate IS NULL OR r.startDate <= $peildatum) AND (r.endDate IS NULL OR r.endDate > $peildatum)
WITH w, collect(DISTINCT p.id) AS ids, count(DISTINCT CASE WHEN none(rol IN p.roles WHERE rol IN ['gebiedsverbinder', 'opbouwwerker', 'wijkteamlid', 'buurtcoach', 'sociaal_makelaar', 'wijkagent', 'huisarts', 'jongerenwerker', 'buurtsportcoach', 'wijkverpleegkundige', 'maatschappelijk_werker', 'professional']) THEN p END) AS bewoners
WITH w, coalesce(ids, []) AS ids, size(coalesce(ids, [])) AS personen, bewoners
OPTIONAL MATCH (a:Persoon)-[k:KENT]->(b:Persoon)
WHERE a.id IN ids AND b.id IN ids AND (k.startDate IS NULL OR k.startDate <= $peildatum) AND (k.endDate IS NULL OR k.endDate > $peildatum)
WITH w, personen, bewoners, count(DISTINCT k) AS banden
OPTIONAL MATCH (o:Organisatie)-[ro:WERKT_IN]->(go:Gebied)
WHERE (go.id = w.id OR go.parentId = w.id) AND (o.startDate IS NULL OR o.startDate <= $peildatum) AND (o.endDate IS NULL OR o.endDate > $peildatum)
  AND (ro.startDate IS NULL OR ro.startDate <= $peildatum) AND (ro.endDate IS NULL OR ro.endDate > $peildatum)
WITH w, personen, bewoners, banden, count(DISTINCT o) AS organisaties
OPTIONAL MATCH (i:Initiatief)-[ri:WERKT_IN]->(gi:Gebied)
WHERE (gi.id = w.id OR gi.parentId = w.id) AND (i.startDate IS NULL OR i.startDate <= $peildatum) AND (i.endDate IS NULL OR i.endDate > $peildatum)
  AND (ri.startDate IS NULL OR ri.startDate <= $peildatum) AND (ri.endDate IS NULL OR ri.endDate > $peildatum)
WITH w, personen, bewoners, banden, organisaties, count(DISTINCT i) AS initiatieven
RETURN w.name AS wijk, w.id AS wijkId, personen, bewoners, banden,
  CASE WHEN personen < 2 THEN 0.0 ELSE round(2.0 * banden / (1.0 * personen * (personen - 1)), 4) END AS dichtheid,
  organisaties, initiatieven
ORDER BY wijk
