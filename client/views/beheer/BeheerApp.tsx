/**
 * Beheer: accounts (role, gebieden, disabled), the audit log, and the privacy
 * tools (inzage, vergetelheid, bewaartermijn). Only the beheerder can use it;
 * the API refuses everyone else and the screen says so.
 */
import { useEffect, useRef, useState } from 'react';
import { currentUser } from '../../core/session/index.ts';
import { ApiError } from '../../core/api/http.ts';
import { beheerApi } from '../../core/api/beheer.ts';
import { AuditTab } from './AuditTab.tsx';
import { PrivacyTab } from './PrivacyTab.tsx';
import { UsersTab } from './UsersTab.tsx';
import { nl } from '../../i18n/nl.ts';

const TABS = [
  { id: 'gebruikers', label: nl.beheer.tabs.gebruikers },
  { id: 'audit', label: nl.beheer.tabs.audit },
  { id: 'privacy', label: nl.beheer.tabs.privacy },
] as const;
type TabId = (typeof TABS)[number]['id'];

function initialTab(): TabId {
  const hash = location.hash.slice(1);
  return (TABS.find((tab) => tab.id === hash)?.id ?? 'gebruikers') as TabId;
}

export function BeheerApp() {
  const [tab, setTab] = useState<TabId>(initialTab);
  const [allowed, setAllowed] = useState<boolean | null>(null);
  const [me, setMe] = useState<string>('');
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  useEffect(() => {
    void currentUser.then(async (user) => {
      setMe(user.username);
      if (user.role !== 'beheerder') return setAllowed(false);
      try {
        await beheerApi.users();
        setAllowed(true);
      } catch (error) {
        setAllowed(!(error instanceof ApiError && error.status === 403));
      }
    });
  }, []);

  useEffect(() => {
    history.replaceState(null, '', `#${tab}`);
  }, [tab]);

  const onTabKey = (event: React.KeyboardEvent) => {
    const index = TABS.findIndex((item) => item.id === tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? TABS.length - 1 : (index + step + TABS.length) % TABS.length;
    setTab(TABS[next]!.id);
    tabRefs.current[TABS[next]!.id]?.focus();
  };

  if (allowed === null) return <main className="beheer"><p className="muted">{nl.beheer.loading}</p></main>;
  if (!allowed)
    return (
      <main className="beheer">
        <div className="notice" role="alert" data-testid="geen-toegang">
          <h1>{nl.beheer.noAccess}</h1>
          <p>{nl.beheer.noAccessText}</p>
        </div>
      </main>
    );

  return (
    <main className="beheer">
      <header className="beheer-head">
        <div>
          <h1>{nl.beheer.title}</h1>
          <p className="muted">{nl.beheer.intro}</p>
        </div>
      </header>
      <div className="tabs" role="tablist" aria-label={nl.beheer.tabsLabel} onKeyDown={onTabKey}>
        {TABS.map((item) => (
          <button
            key={item.id}
            ref={(element) => {
              tabRefs.current[item.id] = element;
            }}
            role="tab"
            id={`tab-${item.id}`}
            aria-selected={tab === item.id}
            aria-controls={`panel-${item.id}`}
            tabIndex={tab === item.id ? 0 : -1}
            onClick={() => setTab(item.id)}
          >
            {item.label}
          </button>
        ))}
      </div>
      <section className="panel" role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'gebruikers' && <UsersTab me={me} />}
        {tab === 'audit' && <AuditTab />}
        {tab === 'privacy' && <PrivacyTab />}
      </section>
    </main>
  );
}
