/** The bar across the top of every screen: product name, the screens, and the account with logout. */
import { useEffect, useState } from 'react';
import type { PublicUser } from '../../server/model/index.ts';
import { currentUser, logout } from '../core/session/index.ts';
import { nl } from '../i18n/nl.ts';
import './topnav.css';

export const SCREENS = [
  { href: '/', label: nl.nav.screens.index, page: 'index' },
  { href: '/console.html', label: nl.nav.screens.console, page: 'console' },
  { href: '/rapportage.html', label: nl.nav.screens.rapportage, page: 'rapportage' },
  { href: '/invoer.html', label: nl.nav.screens.invoer, page: 'invoer' },
  { href: '/beheer.html', label: nl.nav.screens.beheer, page: 'beheer' },
] as const;

export type ScreenPage = (typeof SCREENS)[number]['page'];

/** Screens only some roles can use (the API refuses the others anyway). */
const ONLY_FOR: Partial<Record<ScreenPage, readonly string[]>> = { beheer: ['beheerder'] };

/** The screens to offer an account with this role (all but role-limited ones until the role is known). */
export function screensFor(role: string | undefined, current?: ScreenPage) {
  return SCREENS.filter((screen) => !ONLY_FOR[screen.page] || (role !== undefined && ONLY_FOR[screen.page]!.includes(role)) || screen.page === current);
}

/** The logged-in account, once the session module knows it. */
export function useCurrentUser(): PublicUser | null {
  const [user, setUser] = useState<PublicUser | null>(null);
  useEffect(() => {
    void currentUser.then(setUser);
  }, []);
  return user;
}

export function TopNav({ current, children }: { current: ScreenPage; children?: React.ReactNode }) {
  const user = useCurrentUser();
  const visible = screensFor(user?.role, current);
  return (
    <header className="topnav" role="banner">
      <a className="topnav__brand" href="/">
        {nl.app.title}
      </a>
      <nav aria-label={nl.nav.label}>
        {visible.map((screen) => (
          <a key={screen.page} href={screen.href} aria-current={screen.page === current ? 'page' : undefined} className="topnav__link">
            {screen.label}
          </a>
        ))}
      </nav>
      <div className="topnav__extra">{children}</div>
      {user && (
        <div className="topnav__user" style={{ display: 'flex', alignItems: 'center', gap: '0.6rem', fontSize: '0.85rem', color: '#d7e6ee' }}>
          <span title={nl.nav.role(user.role)}>
            {user.displayName ?? user.username} · {user.role}
          </span>
          <button type="button" onClick={() => void logout()} style={{ background: 'transparent', color: '#fff', border: '1px solid rgba(255,255,255,.35)', borderRadius: 5, padding: '0.2rem 0.7rem', font: 'inherit', cursor: 'pointer' }}>
            {nl.topbar.logout}
          </button>
        </div>
      )}
    </header>
  );
}
