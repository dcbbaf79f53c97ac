// @title Bewoners alleen bereikbaar via één professional
// @group Wie bereiken we niet?
// @description Bewoners van wie alle kennis-banden naar één en dezelfde professional lopen. Als die professional vertrekt, verliest de bewoner zijn enige verbinding.
// @param wijk: gebied = ''
// @column persoon: persoon
// @column buurt: gebied
// @column professional: persoon
// @column rollenProfessional: tekst
MATCH (p:Persoon)-[:WOONT_IN]->(g:Gebied)
WHERE 'bewoner' IN p.roles AND ($wijk = '' OR g.id = $wijk OR g.parentId = $wijk)
MATCH (p)-[:KENT]-(q:Persoon)
WITH p, g, collect(DISTINCT q) AS contacten
WHERE size(contacten) = 1
UNWIND contacten AS pro
WITH p, g, pro
WHERE any(rol IN pro.roles WHERE rol IN ['gebiedsverbinder', 'opbouwwerker', 'wijkteamlid', 'buurtcoach', 'sociaal_makelaar', 'wijkagent', 'huisarts', 'professional'])
RETURN p.name AS persoon, g.name AS buurt, pro.name AS professional, pro.roles AS rollenProfessional
ORDER BY professional, persoon
