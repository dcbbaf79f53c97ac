// @title Driehoek per wijk
// @group Hoe staat de wijk ervoor?
// @description Per wijk: is er een gebiedsverbinder, een sociaal wijkteam en een opbouwwerker, en hoeveel bewoners zijn als sleutelfiguur bekend? De Driehoek is pas compleet als alle drie er zijn. Zoals de analyse Dekking telt: wie woont, werkt of actief is in de wijk, een van haar buurten of het stadsdeel erboven, op de peildatum (sleutelfiguren: in de wijk of haar buurten); de netwerkrapportage toont dezelfde getallen. Zet 'alleenOnvolledig' op 1 om alleen de wijken met een gat te zien.
// @param wijk: gebied = ''
// @param alleenOnvolledig: int = 0
// @param peildatum: date = today
// @column wijk: gebied
// @column wijkId: tekst
// @column gebiedsverbinders: getal
// @column wijkteams: getal
// @column opbouwwerkers: getal
// @column sleutelfiguren: getal
// @column compleet: tekst
MATCH (w:Gebied {level: 'wijk'})
WHERE ($wijk = '' OR w.id = $wijk) AND (w.startDate IS NULL OR w.startDate <= $peildatum) AND (w.endDate IS NULL OR w.endDate > $peildatum)
OPTIONAL MATCH (gv:Persoon)-[r1:WOONT_IN|ACTIEF_IN|WERKT_IN]->(g1:Gebied)
WHERE (g1.id = w.id OR g1.parentId = w.id OR (g1.id = w.parentId AND g1.level <> 'stad')) AND 'gebiedsverbinder' IN gv.roles AND (gv.startDate IS NULL OR gv.startDate <= $peildatum) AND (gv.endDate IS NULL OR gv.endDate > $peildatum)
  AND (r1.startDate IS NULL OR r1.startDate <= $peildatum) AND (r1.endDate IS NULL OR r1.endDate > $peildatum)
WITH w, count(DISTINCT gv) AS gebiedsverbinders
OPTIONAL MATCH (t:Wijkteam)-[r2:WERKT_IN]->(g2:Gebied)
WHERE (g2.id = w.id OR g2.parentId = w.id OR (g2.id = w.parentId AND g2.level <> 'stad')) AND (t.startDate IS NULL OR t.startDate <= $peildatum) AND (t.endDate IS NULL OR t.endDate > $peildatum)
  AND (r2.startDate IS NULL OR r2.startDate <= $peildatum) AND (r2.endDate IS NULL OR r2.endDate > $peildatum)
WITH w, gebiedsverbinders, count(DISTINCT t) AS wijkteams
OPTIONAL MATCH (ob:Persoon)-[r3:WOONT_IN|ACTIEF_IN|WERKT_IN]->(g3:Gebied)
WHERE (g3.id = w.id OR g3.parentId = w.id OR (g3.id = w.parentId AND g3.level <> 'stad')) AND 'opbouwwerker' IN ob.roles AND (ob.startDate IS NULL OR ob.startDate <= $peildatum) AND (ob.endDate IS NULL OR ob.endDate > $peildatum)
  AND (r3.startDate IS NULL OR r3.startDate <= $peildatum) AND (r3.endDate IS NULL OR r3.endDate > $peildatum)
WITH w, gebiedsverbinders, wijkteams, count(DISTINCT ob) AS opbouwwerkers
OPTIONAL MATCH (sf:Persoon)-[r4:WOONT_IN|ACTIEF_IN|WERKT_IN]->(g4:Gebied)
WHERE (g4.id = w.id OR g4.parentId = w.id) AND 'sleutelfiguur' IN sf.roles AND (sf.startDate IS NULL OR sf.startDate <= $peildatum) AND (sf.endDate IS NULL OR sf.endDate > $peildatum)
  AND (r4.startDate IS NULL OR r4.startDate <= $peildatum) AND (r4.endDate IS NULL OR r4.endDate > $peildatum)
WITH w, gebiedsverbinders, wijkteams, opbouwwerkers, count(DISTINCT sf) AS sleutelfiguren
WITH w, gebiedsverbinders, wijkteams, opbouwwerkers, sleutelfiguren,
  CASE WHEN gebiedsverbinders > 0 AND wijkteams > 0 AND opbouwwerkers > 0 THEN 'ja' ELSE 'nee' END AS compleet
WHERE $alleenOnvolledig = 0 OR compleet = 'nee'
RETURN w.name AS wijk, w.id AS wijkId, gebiedsverbinders, wijkteams, opbouwwerkers, sleutelfiguren, compleet
ORDER BY compleet, wijk
