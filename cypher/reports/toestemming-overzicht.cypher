// @title Toestemming en grondslag (AVG)
// @group Klopt de registratie?
// @description Aantallen personen per grondslag voor verwerking (toestemming, gerechtvaardigd belang, geen) en of een doel is vastgelegd. Alleen aantallen, geen namen: voor de privacyverantwoording.
// @column grondslag: tekst
// @column personen: getal
// @column metDoel: getal
// @column bewoners: getal
// @column professionals: getal
MATCH (p:Persoon)
WITH coalesce(p.consentBasis, 'geen') AS grondslag, p,
  CASE WHEN p.consentPurpose IS NULL OR p.consentPurpose = '' THEN 0 ELSE 1 END AS doel,
  CASE WHEN 'bewoner' IN p.roles THEN 1 ELSE 0 END AS bewoner
RETURN grondslag, count(p) AS personen, sum(doel) AS metDoel, sum(bewoner) AS bewoners, count(p) - sum(bewoner) AS professionals
ORDER BY personen DESC, grondslag
