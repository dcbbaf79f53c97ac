/** Accounts: list, create, edit role and gebieden, reset password, disable/enable, delete. */
import { useEffect, useMemo, useState } from 'react';
import { ROLES, SCOPED_ROLES, type PublicUser, type Role } from '../../../server/model/index.ts';
import { beheerApi, type Wijk } from '../../core/api/beheer.ts';
import { nl } from '../../i18n/nl.ts';

const t = nl.beheer.users;
const f = nl.beheer.userForm;

type Editing = { mode: 'new' } | { mode: 'edit'; user: PublicUser } | { mode: 'password'; user: PublicUser } | null;

export function UsersTab({ me }: { me: string }) {
  const [users, setUsers] = useState<PublicUser[]>([]);
  const [wijken, setWijken] = useState<Wijk[]>([]);
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [filter, setFilter] = useState('');

  const reload = async () => setUsers((await beheerApi.users()).sort((a, b) => a.username.localeCompare(b.username)));
  useEffect(() => {
    void reload().catch((error: Error) => setMessage({ kind: 'error', text: error.message }));
    void beheerApi.wijken().then(setWijken, (error: Error) => setMessage({ kind: 'error', text: t.wijkenFailed(error.message) }));
  }, []);

  const wijkName = useMemo(() => new Map(wijken.map((wijk) => [wijk.id, wijk.name])), [wijken]);
  const shown = users.filter((user) => !filter || `${user.username} ${user.displayName ?? ''} ${user.role}`.toLowerCase().includes(filter.toLowerCase()));

  const act = async (what: () => Promise<unknown>, ok: string) => {
    try {
      await what();
      setMessage({ kind: 'ok', text: ok });
      setEditing(null);
      await reload();
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };

  return (
    <div className="users">
      <div className="toolbar">
        <input type="search" aria-label={t.search} placeholder={t.searchPlaceholder} value={filter} onChange={(event) => setFilter(event.target.value)} />
        <span className="muted small">{t.count(users.length)}</span>
        <button className="primary" onClick={() => setEditing({ mode: 'new' })}>
          {t.add}
        </button>
      </div>
      {message && (
        <p className={message.kind === 'ok' ? 'flash ok' : 'flash error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {editing && (
        <UserForm
          editing={editing}
          wijken={wijken}
          onCancel={() => setEditing(null)}
          onSubmit={(body) =>
            editing.mode === 'new'
              ? act(() => beheerApi.createUser(body as Parameters<typeof beheerApi.createUser>[0]), t.created(body.username!))
              : act(() => beheerApi.updateUser(editing.user.username, body), editing.mode === 'password' ? t.passwordReplaced(editing.user.username) : t.updated(editing.user.username))
          }
        />
      )}
      <table className="user-table">
        <thead>
          <tr>
            <th scope="col">{t.columns.account}</th>
            <th scope="col">{t.columns.role}</th>
            <th scope="col">{t.columns.gebieden}</th>
            <th scope="col">{t.columns.status}</th>
            <th scope="col">
              <span className="visually-hidden">{t.columns.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((user) => (
            <tr key={user.username} data-username={user.username} className={user.disabled ? 'disabled' : undefined}>
              <td>
                <strong>{user.username}</strong>
                {user.displayName && <div className="muted small">{user.displayName}</div>}
                {user.username === me && <span className="tag">{t.you}</span>}
              </td>
              <td>
                <span className={`role role--${user.role}`}>{nl.beheer.roles[user.role] ?? user.role}</span>
              </td>
              <td className="small">
                {SCOPED_ROLES.includes(user.role) ? (
                  user.gebieden.length ? user.gebieden.map((id) => wijkName.get(id) ?? id).join(', ') : <span className="warning">{t.noGebied}</span>
                ) : (
                  <span className="muted">{t.allGebieden}</span>
                )}
              </td>
              <td>{user.disabled ? <span className="status status--off">{t.statusOff}</span> : <span className="status status--on">{t.statusOn}</span>}</td>
              <td className="actions">
                <button onClick={() => setEditing({ mode: 'edit', user })} aria-label={t.editLabel(user.username)}>
                  {t.edit}
                </button>
                <button onClick={() => setEditing({ mode: 'password', user })} aria-label={t.passwordLabel(user.username)}>
                  {t.password}
                </button>
                <button
                  onClick={() => act(() => beheerApi.updateUser(user.username, { disabled: !user.disabled }), user.disabled ? t.enabled(user.username) : t.disabled(user.username))}
                  aria-label={t.toggleLabel(!!user.disabled, user.username)}
                >
                  {user.disabled ? t.enable : t.disable}
                </button>
                <button
                  className="danger"
                  onClick={() => {
                    if (confirm(t.confirmDelete(user.username))) void act(() => beheerApi.deleteUser(user.username), t.deleted(user.username));
                  }}
                  aria-label={t.deleteLabel(user.username)}
                >
                  {t.delete}
                </button>
              </td>
            </tr>
          ))}
          {shown.length === 0 && (
            <tr>
              <td colSpan={5} className="muted empty">
                {t.none}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function UserForm({
  editing,
  wijken,
  onCancel,
  onSubmit,
}: {
  editing: NonNullable<Editing>;
  wijken: Wijk[];
  onCancel: () => void;
  onSubmit: (body: Partial<{ username: string; password: string; role: Role; gebieden: string[]; displayName: string }>) => void;
}) {
  const existing = editing.mode === 'new' ? undefined : editing.user;
  const [username, setUsername] = useState(existing?.username ?? '');
  const [displayName, setDisplayName] = useState(existing?.displayName ?? '');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>(existing?.role ?? 'gebiedsverbinder');
  const [gebieden, setGebieden] = useState<string[]>(existing?.gebieden ?? []);
  const [wijkFilter, setWijkFilter] = useState('');
  const scoped = SCOPED_ROLES.includes(role);
  const passwordOnly = editing.mode === 'password';
  const title = editing.mode === 'new' ? f.newTitle : passwordOnly ? f.passwordTitle(existing!.username) : f.editTitle(existing!.username);
  const problems = [
    editing.mode === 'new' && !/^[a-z0-9._-]{3,40}$/.test(username) && f.usernameRule,
    (editing.mode !== 'edit' && password.length < 10) && f.passwordRule,
    !passwordOnly && scoped && gebieden.length === 0 && f.gebiedRule,
  ].filter(Boolean) as string[];

  const byStadsdeel = new Map<string, Wijk[]>();
  for (const wijk of wijken.filter((w) => !wijkFilter || w.name.toLowerCase().includes(wijkFilter.toLowerCase())))
    byStadsdeel.set(wijk.stadsdeel ?? f.otherStadsdeel, [...(byStadsdeel.get(wijk.stadsdeel ?? f.otherStadsdeel) ?? []), wijk]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (problems.length) return;
    if (passwordOnly) return onSubmit({ password });
    const body = { role, gebieden: scoped ? gebieden : [], ...(displayName.trim() ? { displayName: displayName.trim() } : {}) };
    onSubmit(editing.mode === 'new' ? { ...body, username, password } : body);
  };

  return (
    <form className="card user-form" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && onCancel()} aria-label={title}>
      <h2>{title}</h2>
      <div className="form-grid">
        {editing.mode === 'new' && (
          <label>
            {f.username}
            <input name="username" value={username} onChange={(event) => setUsername(event.target.value.toLowerCase())} autoFocus autoComplete="off" />
          </label>
        )}
        {!passwordOnly && (
          <label>
            {f.displayName} <em>{f.optional}</em>
            <input name="displayName" value={displayName} onChange={(event) => setDisplayName(event.target.value)} autoFocus={editing.mode === 'edit'} />
          </label>
        )}
        {editing.mode !== 'edit' && (
          <label>
            {passwordOnly ? f.newPassword : f.password} <em>{f.passwordHint}</em>
            <input name="password" type="password" value={password} onChange={(event) => setPassword(event.target.value)} autoComplete="new-password" autoFocus={passwordOnly} />
          </label>
        )}
      </div>
      {!passwordOnly && (
        <fieldset className="roles">
          <legend>{f.role}</legend>
          {ROLES.map((option) => (
            <label key={option} className={role === option ? 'role-option checked' : 'role-option'}>
              <input type="radio" name="role" value={option} checked={role === option} onChange={() => setRole(option)} />
              <span>
                <strong>{nl.beheer.roles[option]}</strong>
                <span className="muted small">{nl.beheer.roleHelp[option]}</span>
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {!passwordOnly && scoped && (
        <fieldset className="gebieden">
          <legend>
            {f.gebieden} <span className="muted small">{f.chosen(gebieden.length)}</span>
          </legend>
          <input type="search" placeholder={f.searchWijk} aria-label={f.searchWijk} value={wijkFilter} onChange={(event) => setWijkFilter(event.target.value)} />
          <div className="wijk-columns">
            {[...byStadsdeel].map(([stadsdeel, list]) => (
              <div key={stadsdeel} className="wijk-group">
                <div className="wijk-group__title">{stadsdeel}</div>
                {list.map((wijk) => (
                  <label key={wijk.id} className="check">
                    <input
                      type="checkbox"
                      name="gebied"
                      value={wijk.id}
                      checked={gebieden.includes(wijk.id)}
                      onChange={(event) => setGebieden(event.target.checked ? [...gebieden, wijk.id] : gebieden.filter((id) => id !== wijk.id))}
                    />
                    {wijk.name}
                  </label>
                ))}
              </div>
            ))}
          </div>
        </fieldset>
      )}
      {problems.length > 0 && (
        <ul className="problems" aria-live="polite">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={problems.length > 0}>
          {editing.mode === 'new' ? f.create : passwordOnly ? f.replacePassword : f.save}
        </button>
        <button type="button" onClick={onCancel}>
          {nl.beheer.cancel}
        </button>
        {editing.mode !== 'new' && <span className="muted small">{f.endsSessions}</span>}
      </div>
    </form>
  );
}
