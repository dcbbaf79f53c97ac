import { ROLES } from '../model/index.ts';
import { generatePassword } from '../services/auth/passwords.ts';
import { CliError, EXIT, type Command } from './command.ts';
import { withServices } from './with-services.ts';

const USAGE = `wijknetwerk users list
       wijknetwerk users add <gebruikersnaam> --role <${ROLES.join('|')}> [--gebied geb_a,geb_b] [--password <wachtwoord>]
       wijknetwerk users passwd <gebruikersnaam> [--password <wachtwoord>]
       wijknetwerk users disable|enable|remove <gebruikersnaam>
(Stop de server eerst: de ingebouwde database heeft één proces tegelijk.)`;

export const usersCommand: Command = {
  name: 'users',
  summary: 'manage accounts: list, add, passwd, disable, enable, remove',
  usage: USAGE,
  options: { role: { type: 'string' }, gebied: { type: 'string' }, password: { type: 'string' } },
  async run({ values, positionals }) {
    const [action, username] = positionals;
    if (!action) throw new CliError('kies een actie: list, add, passwd, disable, enable of remove', EXIT.usage);
    if (action !== 'list' && !username) throw new CliError('geef een gebruikersnaam op', EXIT.usage);
    return withServices(async ({ users, sessions }) => {
      switch (action) {
        case 'list':
          for (const user of await users.list()) {
            console.log(`${user.username.padEnd(20)} ${user.role.padEnd(16)} ${user.gebieden.join(',') || '-'}${user.disabled ? '  (uitgeschakeld)' : ''}`);
          }
          return EXIT.ok;
        case 'add': {
          const password = typeof values.password === 'string' ? values.password : generatePassword();
          const gebieden = typeof values.gebied === 'string' ? values.gebied.split(',').filter(Boolean) : [];
          await users.create({ username, password, role: values.role, gebieden });
          console.log(`account '${username}' aangemaakt${values.password ? '' : `; wachtwoord: ${password}`}`);
          return EXIT.ok;
        }
        case 'passwd': {
          const password = typeof values.password === 'string' ? values.password : generatePassword();
          await users.update(username!, { password });
          await sessions.closeAllOf(username!);
          console.log(`wachtwoord van '${username}' gewijzigd${values.password ? '' : `; nieuw wachtwoord: ${password}`}`);
          return EXIT.ok;
        }
        case 'disable':
        case 'enable':
          await users.update(username!, { disabled: action === 'disable' });
          if (action === 'disable') await sessions.closeAllOf(username!);
          console.log(`account '${username}' ${action === 'disable' ? 'uitgeschakeld' : 'ingeschakeld'}`);
          return EXIT.ok;
        case 'remove':
          await users.remove(username!);
          await sessions.closeAllOf(username!);
          console.log(`account '${username}' verwijderd`);
          return EXIT.ok;
        default:
          throw new CliError(`onbekende actie: ${action}`, EXIT.usage);
      }
    });
  },
};
