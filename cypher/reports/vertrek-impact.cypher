// @title Wat als deze persoon vertrekt?
// @description Voor één persoon: contacten die alleen deze persoon kennen, initiatieven waar hij of zij de enige trekker is, en wijkteams waar hij of zij het enige lid is. Een eerste benadering; de netwerkanalyse rekent ook splitsingen door.
// @param persoon: persoon = ''
// @column gevolg: tekst
// @column wie: tekst
// @column id: tekst
MATCH (x:Persoon {id: $persoon})-[:KENT]-(c:Persoon)
WHERE NOT EXISTS { MATCH (c)-[:KENT]-(o:Persoon) WHERE o.id <> x.id }
RETURN 'verliest enige contact' AS gevolg, c.name AS wie, c.id AS id
UNION ALL
MATCH (x:Persoon {id: $persoon})-[:TREKKER_VAN]->(i:Initiatief)
WHERE NOT EXISTS { MATCH (o:Persoon)-[:TREKKER_VAN]->(i) WHERE o.id <> x.id }
RETURN 'initiatief zonder trekker' AS gevolg, i.name AS wie, i.id AS id
UNION ALL
MATCH (x:Persoon {id: $persoon})-[:LID_VAN]->(t:Wijkteam)
WHERE NOT EXISTS { MATCH (o:Persoon)-[:LID_VAN]->(t) WHERE o.id <> x.id }
RETURN 'wijkteam zonder leden' AS gevolg, t.name AS wie, t.id AS id
