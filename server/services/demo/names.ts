/**
 * Invented names for the demo and the generator: common Dutch first and last
 * names mixed with the names of Haarlem's Moroccan, Turkish, Surinamese,
 * Polish, Ukrainian, Eritrean, Somali, Afghan and other communities. Persons
 * are random combinations; no real private person is meant.
 */

export const FIRST_NAMES = [
  'Anna', 'Emma', 'Sophie', 'Julia', 'Lotte', 'Sanne', 'Eva', 'Fleur', 'Lieke', 'Noor', 'Iris', 'Femke',
  'Anouk', 'Esther', 'Ingrid', 'Monique', 'Petra', 'Karin', 'Wilma', 'Annie', 'Joke', 'Marja', 'Sandra', 'Linda',
  'Jan', 'Piet', 'Kees', 'Henk', 'Gerard', 'Wim', 'Joop', 'Ruud', 'Bas', 'Thijs', 'Daan', 'Sem', 'Lucas', 'Jesse',
  'Niels', 'Bram', 'Tom', 'Koen', 'Stijn', 'Jeroen', 'Martijn', 'Erik', 'Rob', 'Frank', 'Hans', 'Peter', 'Marco',
  'Dennis', 'Ahmed', 'Youssef', 'Khadija', 'Nadia', 'Yasmina', 'Soufiane', 'Bilal', 'Hamza', 'Ayoub', 'Mustafa',
  'Mehmet', 'Emre', 'Elif', 'Ayşe', 'Zeynep', 'Hatice', 'Murat', 'Kemal', 'Priya', 'Ravi', 'Shanti', 'Kiran',
  'Marlon', 'Romano', 'Quincy', 'Gloria', 'Chantal', 'Mireille', 'Desiree', 'Agnieszka', 'Piotr', 'Tomasz',
  'Katarzyna', 'Olena', 'Dmytro', 'Tesfaye', 'Aster', 'Abdi', 'Hodan', 'Senait', 'Ali', 'Reza', 'Mariam', 'Mei',
  'Wei', 'Luis', 'Carmen', 'João', 'Diana', 'Sevda', 'Jolanda', 'Marian', 'Cor', 'Truus', 'Bep', 'Dirk', 'Willem',
  'Hester', 'Maaike', 'Jasper', 'Rutger', 'Floor', 'Merel', 'Ivo', 'Sjoerd', 'Saskia', 'Tineke', 'Lies',
] as const;

export const LAST_NAMES = [
  'de Vries', 'Jansen', 'Bakker', 'Visser', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters',
  'Hendriks', 'van Leeuwen', 'Dekker', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'van der Linden', 'Kok',
  'Jacobs', 'de Haan', 'Vermeulen', 'van den Berg', 'van Dijk', 'Prins', 'Huisman', 'Kuipers', 'van Vliet',
  'Schouten', 'Willems', 'Hoekstra', 'Maas', 'Verbeek', 'Kramer', 'van Wijk', 'Post', 'Timmermans', 'Groen',
  'Koning', 'van der Heijden', 'Blom', 'Zwart', 'Kaal', 'Rietveld', 'Spaans', 'Boon', 'van Zanten', 'Terpstra',
  'Molenaar', 'Veenstra', 'Schipper', 'van Beek', 'Kroon', 'Duindam', 'Overbeek', 'Koppen', 'El Idrissi',
  'Azzouzi', 'Bouzid', 'Haddou', 'Tahiri', 'Ait Taleb', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Aydın', 'Öztürk',
  'Arslan', 'Doğan', 'Ramdin', 'Sewdien', 'Jagroep', 'Biharie', 'Mahabier', 'Kromodimedjo', 'Pinas', 'Sedney',
  'Amanten', 'Wijngaarde', 'Kowalski', 'Nowak', 'Wiśniewski', 'Kovalenko', 'Shevchenko', 'Tesfay', 'Gebremedhin',
  'Mohamud', 'Hassan', 'Ahmadi', 'Rezaei', 'Tran', 'Chen', 'Wong', 'Fernandes', 'da Silva', 'Rodrigues',
  'Gonzalez', 'Martens', 'Hofman', 'van Rijn', 'Stam', 'Zijlstra', 'Bijl', 'Steenbergen', 'Ouwehand', 'Dobbe',
  'Kortekaas', 'Zonneveld', 'Akkerman', 'Vlaar', 'Hoogland', 'Korver', 'Schoorl', 'Bol', 'Kuijt', 'Brinkman',
] as const;

/** `Jan van der Meer` -> `jan_van_der_meer`; diacritics dropped. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
