// @title Wat als deze persoon vertrekt?
// @group Waar hangt het aan één draad?
// @description Voor één persoon, op de peildatum: wie dan geen enkele band meer heeft (dezelfde regel als "Wat als … vertrekt?" op de kaart), welke initiatieven hun enige trekker verliezen en welke wijkteams hun enige lid. Welke groepen daarbij van de rest loskomen, rekent "Wat als … vertrekt?" op de kaart door.
// @param persoon: persoon
// @param peildatum: date = today
// @column gevolg: tekst
// @column wie: tekst
// @column id: tekst
// Every social tie type (the model's tie types without the context ones), as the what-if analysis counts them.
MATCH (x:Persoon {id: $persoon})-[r:KENT|WERKT_BIJ|VRIJWILLIGER_BIJ|LID_VAN|TREKKER_VAN|DEELNEMER_AAN|WERKT_SAMEN_MET|SUBSIDIEERT|OPDRACHTGEVER_VAN|LID_VAN_CONSORTIUM|ONDERSTEUNT|VERWIJST_NAAR]-(c)
WHERE (c:Persoon OR c:Organisatie OR c:Wijkteam OR c:Initiatief)
  AND (r.startDate IS NULL OR r.startDate <= $peildatum) AND (r.endDate IS NULL OR r.endDate > $peildatum)
  AND (c.startDate IS NULL OR c.startDate <= $peildatum) AND (c.endDate IS NULL OR c.endDate > $peildatum)
  AND NOT EXISTS {
    MATCH (c)-[o:KENT|WERKT_BIJ|VRIJWILLIGER_BIJ|LID_VAN|TREKKER_VAN|DEELNEMER_AAN|WERKT_SAMEN_MET|SUBSIDIEERT|OPDRACHTGEVER_VAN|LID_VAN_CONSORTIUM|ONDERSTEUNT|VERWIJST_NAAR]-(other)
    WHERE other.id <> x.id AND (other:Persoon OR other:Organisatie OR other:Wijkteam OR other:Initiatief)
      AND (o.startDate IS NULL OR o.startDate <= $peildatum) AND (o.endDate IS NULL OR o.endDate > $peildatum)
      AND (other.startDate IS NULL OR other.startDate <= $peildatum) AND (other.endDate IS NULL OR other.endDate > $peildatum)
  }
RETURN DISTINCT 'heeft geen enkele band meer' AS gevolg, c.name AS wie, c.id AS id
UNION ALL
MATCH (x:Persoon {id: $persoon})-[t:TREKKER_VAN]->(i:Initiatief)
WHERE (t.endDate IS NULL OR t.endDate > $peildatum) AND (i.endDate IS NULL OR i.endDate > $peildatum)
  AND NOT EXISTS { MATCH (o:Persoon)-[u:TREKKER_VAN]->(i) WHERE o.id <> x.id AND (u.endDate IS NULL OR u.endDate > $peildatum) AND (o.endDate IS NULL OR o.endDate > $peildatum) }
RETURN 'initiatief zonder trekker' AS gevolg, i.name AS wie, i.id AS id
UNION ALL
MATCH (x:Persoon {id: $persoon})-[l:LID_VAN]->(w:Wijkteam)
WHERE (l.endDate IS NULL OR l.endDate > $peildatum) AND (w.endDate IS NULL OR w.endDate > $peildatum)
  AND NOT EXISTS { MATCH (o:Persoon)-[m:LID_VAN]->(w) WHERE o.id <> x.id AND (m.endDate IS NULL OR m.endDate > $peildatum) AND (o.endDate IS NULL OR o.endDate > $peildatum) }
RETURN 'wijkteam zonder leden' AS gevolg, w.name AS wie, w.id AS id
