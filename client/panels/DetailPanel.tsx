/** A node's properties, ties and provenance; edit, delete, add a tie, and "wat als … vertrekt?". */
import { useEffect, useState } from 'react';
import type { GraphTie, NodeKind } from '../../server/model/index.ts';
import type { NodeProvenance } from '../../server/model/wire/provenance.ts';
import { ApiError, api, type NodeWithTies } from '../core/api/index.ts';
import { deleteNode, deleteTie, updateNode } from '../core/app/editing.ts';
import { displayName, openNode, showWhatIf, updateView } from '../core/app/loading.ts';
import { app, toast } from '../core/app/state.ts';
import { NODE_COLORS, nodeStyle } from '../core/appearance/index.ts';
import { useMayEdit } from '../core/session/rights.ts';
import { useStore } from '../core/store/index.ts';
import { errorSentence } from '../i18n/api-errors.ts';
import { formatDateLong } from '../i18n/format.ts';
import { nl } from '../i18n/nl.ts';
import { zoomToNode } from '../core/camera/index.ts';
import { ConflictNotice } from './ConflictNotice.tsx';
import { styleLabel } from './legend-model.ts';
import { NeighbourList } from './NeighbourList.tsx';
import { NodeEditor } from './NodeEditor.tsx';
import { recordedLine } from './provenance.ts';
import { TieCreator } from './TieCreator.tsx';
import { WhatIfSection } from './WhatIfSection.tsx';

const HIDDEN = new Set(['name', 'kind', 'id', 'ties', 'version']);

export function DetailPanel() {
  const selected = useStore(app, (state) => state.view.selected);
  const catalogVersion = useStore(app, (state) => state.catalogVersion);
  const whatIf = useStore(app, (state) => state.view.whatIf);
  const [node, setNode] = useState<NodeWithTies | null>(null);
  const [recorders, setRecorders] = useState<NodeProvenance['recorders']>({});
  const [error, setError] = useState<string | null>(null);
  const [mode, setMode] = useState<'view' | 'edit' | 'tie'>('view');
  const may = useMayEdit();

  useEffect(() => {
    setMode('view');
    app.set({ conflict: null });
  }, [selected]);

  useEffect(() => {
    if (!selected) return setNode(null);
    let cancelled = false;
    setError(null);
    api
      .node(selected)
      .then((value) => !cancelled && setNode(value))
      .catch((reason) => !cancelled && (setNode(null), setError(reason instanceof ApiError ? errorSentence(reason) : nl.detail.error)));
    // Without it the ties still show when they were recorded, only not by whom.
    api
      .provenance(selected)
      .then((value) => !cancelled && setRecorders(value.recorders))
      .catch(() => !cancelled && setRecorders({}));
    return () => {
      cancelled = true;
    };
  }, [selected, catalogVersion]);

  if (!selected) return <div className="state-box muted">{nl.detail.empty}</div>;
  if (error) return <div className="state-box is-error" role="alert">{`${nl.detail.error} ${error}`}</div>;
  if (!node || node.id !== selected)
    return (
      <div className="state-box" role="status">
        <span className="spinner" aria-hidden="true" /> {nl.detail.loading}
      </div>
    );

  const kind = node.kind as NodeKind;
  const style = nodeStyle(node);
  const editable = may({ action: 'editNode', node: node.id, kind });
  return (
    <div className="detail" data-testid="detail" data-node={node.id}>
      <header className="detail-header">
        <span className="dot large" style={{ background: NODE_COLORS[style] }} />
        <div>
          <h2 className="detail-name">{node.name}</h2>
          <div className="muted small">
            {styleLabel(style)}
            {Array.isArray(node.roles) && ` · ${(node.roles as string[]).map((role) => nl.roles[role] ?? role).join(', ')}`}
          </div>
        </div>
      </header>

      {mode === 'view' && (
        <div className="button-row wrap">
          <button className="button" onClick={() => openNode(node.id)}>
            {nl.detail.ego}
          </button>
          <button className="button" onClick={() => zoomToNode(node.id)}>
            {nl.detail.focus}
          </button>
          {editable && (
            <button className="button" onClick={() => setMode('edit')} data-testid="edit-node">
              {nl.detail.edit}
            </button>
          )}
          {may({ action: 'addTie', from: node.id, kind }) && (
            <button className="button" onClick={() => setMode('tie')} data-testid="add-tie">
              {nl.detail.addTie}
            </button>
          )}
          <button className="button" data-testid="what-if" onClick={() => void showWhatIf(node.id)}>
            {nl.whatIf.actionFor(kind === 'persoon' ? (node.name.split(' ')[0] ?? node.name) : node.name)}
          </button>
          {editable && (
            <button
              className="button danger"
              data-testid="delete-node"
              onClick={() => {
                if (confirm(nl.detail.confirmDelete(node.name))) void deleteNode(node).catch(failed);
              }}
            >
              {nl.detail.delete}
            </button>
          )}
        </div>
      )}

      <ConflictNotice ids={new Set([node.id, ...node.ties.map((tie) => tie.id)])} onResolved={() => setMode('view')} />

      {whatIf === node.id && mode === 'view' && <WhatIfSection />}

      {mode === 'edit' && (
        <NodeEditor
          kind={kind}
          initial={node}
          onCancel={() => setMode('view')}
          onSubmit={async (_kind, changes) => {
            if (await updateNode(node, changes)) setMode('view');
          }}
        />
      )}
      {mode === 'tie' && <TieCreator from={node.id} kind={kind} onDone={() => setMode('view')} />}

      {mode === 'view' && <NeighbourList node={node} />}

      <section className="detail-section">
        <h3>{nl.detail.properties}</h3>
        <dl className="properties">
          {Object.entries(node)
            .filter(([key, value]) => !HIDDEN.has(key) && value !== null && value !== undefined && value !== '')
            .map(([key, value]) => (
              <div key={key}>
                <dt>{nl.fields[key] ?? key}</dt>
                <dd>{propertyText(value)}</dd>
              </div>
            ))}
        </dl>
      </section>

      <section className="detail-section">
        <h3>
          {nl.detail.ties} <span className="count">{node.ties.length}</span>
        </h3>
        {node.ties.length === 0 ? <p className="muted small">{nl.detail.noTies}</p> : <TieList node={node.id} ties={node.ties} recorders={recorders} />}
      </section>
    </div>
  );
}

/** A delete that failed for another reason than a conflict (e.g. it was gone already). */
function failed(error: unknown): void {
  toast(error instanceof ApiError ? errorSentence(error) : nl.errors.unknown, 'error');
}

function TieList({ node, ties, recorders }: { node: string; ties: GraphTie[]; recorders: NodeProvenance['recorders'] }) {
  const may = useMayEdit();
  const sorted = [...ties].sort((a, b) => a.type.localeCompare(b.type) || (b.strength ?? 0) - (a.strength ?? 0));
  return (
    <ul className="ties" data-testid="ties">
      {sorted.map((tie) => {
        const outgoing = tie.from === node;
        const other = outgoing ? tie.to : tie.from;
        return (
          <li key={tie.id} className="tie" data-tie={tie.id}>
            <div className="tie-main">
              <span className="tie-type">
                {outgoing ? '' : `${nl.detail.incoming} `}
                {nl.tieTypes[tie.type]}
              </span>
              <button className="link-button tie-other" onClick={() => updateView({ selected: other })}>
                {displayName(other)}
              </button>
              {tie.strength !== undefined && (
                <span className="strength" title={`${nl.detail.strength}: ${tie.strength}`} aria-label={`${nl.detail.strength} ${tie.strength}`}>
                  {'●'.repeat(tie.strength)}
                  <span className="strength-rest">{'●'.repeat(5 - tie.strength)}</span>
                </span>
              )}
              {may({ action: 'removeTie', from: tie.from, to: tie.to, type: tie.type }) && (
                <button
                  className="icon-button subtle"
                  aria-label={`${nl.detail.delete}: ${nl.tieTypes[tie.type]} ${displayName(other)}`}
                  title={nl.detail.delete}
                  data-testid="delete-tie"
                  onClick={() => confirm(nl.detail.confirmDeleteTie) && void deleteTie(tie).catch(failed)}
                >
                  ×
                </button>
              )}
            </div>
            <div className="tie-provenance">
              {[
                tie.source && `${nl.detail.source}: ${tie.source}`,
                recordedLine(tie, recorders[tie.id]),
                tie.consentBasis && `${nl.detail.consent}: ${nl.consentBases[tie.consentBasis]}`,
                tie.lastContact && `${nl.detail.lastContact}: ${formatDateLong(tie.lastContact)}`,
                tie.trust !== undefined && `${nl.detail.trust}: ${tie.trust}/5`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** A property as a reader says it: roles by their names, dates written out (7 december 2024). */
function propertyText(value: unknown): string {
  if (Array.isArray(value)) return value.map((item) => nl.roles[item] ?? item).join(', ');
  const text = String(value);
  return ISO_DAY.test(text) ? formatDateLong(text) : text.replace(/_/g, ' ');
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
