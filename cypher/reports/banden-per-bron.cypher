// @title Banden per bron (herkomst)
// @group Klopt de registratie?
// @description Hoeveel banden van elk type zijn vastgelegd per bron (intake, sneeuwbalinterview, teaminventarisatie, import, handmatig), en wanneer voor het laatst. Laat zien hoe de kaart tot stand kwam en waar ze dun is.
// @column type: tekst
// @column bron: tekst
// @column banden: getal
// @column laatstVastgelegd: datum
MATCH ()-[r]->()
RETURN type(r) AS type, coalesce(r.source, 'onbekend') AS bron, count(*) AS banden, max(r.recordedAt) AS laatstVastgelegd
ORDER BY type, banden DESC, bron
