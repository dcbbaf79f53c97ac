// @title Sleutelfiguren per wijk (op aantal contacten)
// @group Wie zijn de sleutelfiguren, en wie draagt te veel?
// @description Per wijk de bewoners met de meeste directe contacten (de eerste 'top' van elke wijk), met hun rollen en de initiatieven die ze trekken. Een eerste, eenvoudige maat; de netwerkanalyse voegt makelaarschap tussen groepen toe.
// @param wijk: gebied = ''
// @param top: int = 10
// @param peildatum: date = today
// @column wijk: gebied
// @column persoon: persoon
// @column contacten: getal
// @column initiatieven: getal
// @column sleutelfiguur: tekst
// @column rollen: tekst
MATCH (w:Gebied {level: 'wijk'})
WHERE $wijk = '' OR w.id = $wijk
MATCH (p:Persoon)-[h:WOONT_IN]->(g:Gebied)
WHERE (g.id = w.id OR g.parentId = w.id) AND 'bewoner' IN p.roles AND (p.endDate IS NULL OR p.endDate > $peildatum) AND (p.startDate IS NULL OR p.startDate <= $peildatum) AND (h.endDate IS NULL OR h.endDate > $peildatum) AND (h.startDate IS NULL OR h.startDate <= $peildatum)
OPTIONAL MATCH (p)-[k:KENT]-(q:Persoon)
WHERE (k.endDate IS NULL OR k.endDate > $peildatum) AND (k.startDate IS NULL OR k.startDate <= $peildatum) AND (q.endDate IS NULL OR q.endDate > $peildatum) AND (q.startDate IS NULL OR q.startDate <= $peildatum)
WITH w, p, count(DISTINCT q) AS contacten
OPTIONAL MATCH (p)-[t:TREKKER_VAN|VRIJWILLIGER_BIJ]->(i:Initiatief)
WHERE (t.endDate IS NULL OR t.endDate > $peildatum) AND (t.startDate IS NULL OR t.startDate <= $peildatum) AND (i.endDate IS NULL OR i.endDate > $peildatum) AND (i.startDate IS NULL OR i.startDate <= $peildatum)
WITH w, p, contacten, count(DISTINCT i) AS initiatieven
WHERE contacten > 0
// The top of each wijk: sorted, collected per wijk, and cut there.
WITH w, p, contacten, initiatieven ORDER BY contacten DESC, initiatieven DESC, p.name
WITH w, collect({persoon: p.name, contacten: contacten, initiatieven: initiatieven, sleutelfiguur: CASE WHEN 'sleutelfiguur' IN p.roles THEN 'ja' ELSE 'nee' END, rollen: p.roles})[0..$top] AS top
UNWIND top AS rij
RETURN w.name AS wijk, rij.persoon AS persoon, rij.contacten AS contacten, rij.initiatieven AS initiatieven, rij.sleutelfiguur AS sleutelfiguur, rij.rollen AS rollen
ORDER BY wijk, contacten DESC, initiatieven DESC, persoon
