/** How the beheer screen names and explains the roles. */
import type { Role } from '../../../server/model/index.ts';

export const ROLE_LABELS: Record<Role, string> = {
  beheerder: 'Beheerder',
  gebiedsverbinder: 'Gebiedsverbinder',
  opbouwwerker: 'Opbouwwerker',
  wijkteamlid: 'Wijkteamlid',
  analist: 'Analist',
};

export const ROLE_HELP: Record<Role, string> = {
  beheerder: 'Ziet en wijzigt alles, beheert accounts en privacy.',
  gebiedsverbinder: 'Ziet namen en wijzigt alleen in de eigen gebieden.',
  opbouwwerker: 'Ziet namen en wijzigt alleen in de eigen gebieden.',
  wijkteamlid: 'Legt contacten en verwijzingen vast in de eigen gebieden.',
  analist: 'Leest alles gepseudonimiseerd, wijzigt niets.',
};
