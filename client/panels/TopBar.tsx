/** The map screen's top bar: brand, screens, undo and redo, new node (where the role may edit), export, share, log out. */
import { useState } from 'react';
import { redoLast, undoLast } from '../core/app/undo.ts';
import { app, toast } from '../core/app/state.ts';
import { useStore } from '../core/store/index.ts';
import { nl } from '../i18n/nl.ts';
import { logout } from '../core/session/index.ts';
import { useMayEdit } from '../core/session/rights.ts';
import { screensFor, useCurrentUser } from './TopNav.tsx';

/** The exports the bar offers; the screen supplies them (they combine the map, its legend and the data). */
export interface MapExports {
  png: (scale: number) => Promise<void>;
  gexf: () => void;
  graphml: () => void;
}

export function TopBar({ onNewNode, exports }: { onNewNode: () => void; exports: MapExports }) {
  const undo = useStore(app, (state) => state.undo.at(-1));
  const redo = useStore(app, (state) => state.redo.at(-1));
  const may = useMayEdit();
  const [busy, setBusy] = useState(false);
  const user = useCurrentUser();
  return (
    <header className="topbar">
      <div className="brand">
        <svg viewBox="0 0 24 24" className="logo" aria-hidden="true">
          <circle cx="6" cy="7" r="3" fill="#2f6d8f" />
          <circle cx="18" cy="6" r="2.5" fill="#e0a526" />
          <circle cx="13" cy="17" r="3.5" fill="#5c9a6b" />
          <path d="M6 7L18 6M6 7l7 10M18 6l-5 11" stroke="#9aa5b1" strokeWidth="1.2" />
        </svg>
        <div>
          <div className="brand-name">{nl.app.title}</div>
          <div className="brand-sub">{nl.app.subtitle}</div>
        </div>
      </div>
      <nav className="screens" aria-label={nl.nav.label}>
        {screensFor(user?.role, 'index').map((screen) => (
          <a key={screen.page} href={screen.href} aria-current={screen.page === 'index' ? 'page' : undefined}>
            {screen.label}
          </a>
        ))}
      </nav>
      <div className="topbar-actions">
        {may({ action: 'undo' }) && (
          <>
            <button className="button" disabled={!undo} title={undo ? nl.topbar.undoTitle(undo.label) : nl.topbar.undo} onClick={() => void undoLast()} data-testid="undo">
              <span aria-hidden="true">↶</span> <span className="label-wide">{nl.topbar.undo}</span>
            </button>
            <button className="button" disabled={!redo} title={redo ? nl.topbar.redoTitle(redo.label) : nl.topbar.redo} aria-label={nl.topbar.redo} onClick={() => void redoLast()} data-testid="redo">
              <span aria-hidden="true">↷</span>
            </button>
          </>
        )}
        {may({ action: 'createNode' }) && (
          <button className="button" onClick={onNewNode} data-testid="new-node">
            <span aria-hidden="true">+</span> {nl.topbar.newNode}
          </button>
        )}
        <div className="button-group" role="group" aria-label={nl.topbar.exportTitle}>
          <button
            className="button"
            disabled={busy}
            data-testid="export-png"
            onClick={async () => {
              setBusy(true);
              try {
                await exports.png(2);
              } finally {
                setBusy(false);
              }
            }}
          >
            {nl.topbar.exportPng}
          </button>
          <button className="button" onClick={exports.gexf} data-testid="export-gexf">
            {nl.topbar.exportGexf}
          </button>
          <button className="button" onClick={exports.graphml} data-testid="export-graphml">
            {nl.topbar.exportGraphml}
          </button>
        </div>
        <button
          className="button primary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(location.href);
            } catch {
              /* clipboard may be blocked; the URL is still in the address bar */
            }
            toast(nl.topbar.shared);
          }}
        >
          {nl.topbar.share}
        </button>
        {user && (
          <button className="button" title={nl.topbar.account(user.displayName ?? user.username, user.role)} onClick={() => void logout()} data-testid="logout">
            {nl.topbar.logout}
          </button>
        )}
      </div>
    </header>
  );
}
