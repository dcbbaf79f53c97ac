/** Dutch labels of the key figures (shared with the client; no imports). */
export const KEY_FIGURE_LABELS = {
  persons: 'Personen',
  residents: 'Bewoners',
  professionals: 'Professionals',
  organisations: 'Organisaties',
  initiatives: 'Initiatieven',
  wijkteams: 'Wijkteams',
  ties: 'Banden',
  density: 'Dichtheid',
  components: 'Losse delen',
  averageDegree: 'Gemiddeld aantal contacten',
} as const;
