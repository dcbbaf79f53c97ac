// @title Vrijwilligers met veel rollen
// @group Wie zijn de sleutelfiguren, en wie draagt te veel?
// @description Vrijwilligers en sleutelfiguren die bij meerdere initiatieven of organisaties actief zijn, als trekker of vrijwilliger. Zij dragen veel; denk aan steun, opvolging en het delen van taken.
// @param minimum: int = 2
// @column persoon: persoon
// @column rollen: tekst
// @column initiatieven: initiatief
// @column organisaties: organisatie
// @column aantal: getal
MATCH (p:Persoon)
WHERE 'vrijwilliger' IN p.roles OR 'sleutelfiguur' IN p.roles OR 'mantelzorger' IN p.roles
OPTIONAL MATCH (p)-[:TREKKER_VAN|VRIJWILLIGER_BIJ]->(i:Initiatief)
WITH p, collect(DISTINCT i.name) AS initiatieven, count(DISTINCT i) AS nIni
OPTIONAL MATCH (p)-[:VRIJWILLIGER_BIJ]->(o:Organisatie)
WITH p, initiatieven, nIni, collect(DISTINCT o.name) AS organisaties, count(DISTINCT o) AS nOrg
WITH p, initiatieven, organisaties, nIni + nOrg AS aantal
WHERE aantal >= $minimum
RETURN p.name AS persoon, p.roles AS rollen, initiatieven, organisaties, aantal
ORDER BY aantal DESC, persoon
