/** The bar across the top of every screen: product name and the screens. */
export const SCREENS = [
  { href: '/', label: 'Kaart', page: 'index' },
  { href: '/console.html', label: 'Cypher-console', page: 'console' },
  { href: '/rapportage.html', label: 'Netwerkrapportage', page: 'rapportage' },
  { href: '/invoer.html', label: 'Invoer', page: 'invoer' },
] as const;

export type ScreenPage = (typeof SCREENS)[number]['page'];

export function TopNav({ current, children }: { current: ScreenPage; children?: React.ReactNode }) {
  return (
    <header className="topnav" role="banner">
      <a className="topnav__brand" href="/">
        Wijknetwerk
      </a>
      <nav aria-label="Schermen">
        {SCREENS.map((screen) => (
          <a key={screen.page} href={screen.href} aria-current={screen.page === current ? 'page' : undefined} className="topnav__link">
            {screen.label}
          </a>
        ))}
      </nav>
      <div className="topnav__extra">{children}</div>
    </header>
  );
}
