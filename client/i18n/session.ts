/** The login screen, shown on every page without a session. */
export const session = {
  title: 'Inloggen',
  intro: 'Het netwerk bevat persoonsgegevens van bewoners. Log in met uw eigen account.',
  username: 'Gebruikersnaam',
  password: 'Wachtwoord',
  submit: 'Inloggen',
  failed: 'Inloggen is mislukt.',
} as const;
