/** Findings ("gaten") grouped by analysis, with severity badges; a click highlights them on the map. */
import { useEffect } from 'react';
import { GAP_ANALYSES, type Finding } from '../../server/model/index.ts';
import { ensureGaps } from '../core/app/analysis.ts';
import { updateView } from '../core/app/loading.ts';
import { app } from '../core/app/state.ts';
import { useStore } from '../core/store/index.ts';
import { nl } from '../i18n/nl.ts';
import { AnalysisState } from './Analysis.tsx';

const SEVERITY_RANK = { hoog: 0, middel: 1, laag: 2 } as const;

export function GapsPanel() {
  const gaps = useStore(app, (state) => state.gaps);
  const selectedFinding = useStore(app, (state) => state.view.finding);
  useEffect(() => {
    void ensureGaps();
  }, [gaps.state]);
  return (
    <AnalysisState value={gaps} retry={() => void ensureGaps(true)}>
      {(report) => {
        if (!report.findings.length) return <div className="state-box">{nl.analysis.noFindings}</div>;
        const groups = GAP_ANALYSES.map((analysis) => ({
          analysis,
          findings: report.findings.filter((finding) => finding.analysis === analysis).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]),
        })).filter((group) => group.findings.length);
        return (
          <div className="findings" data-testid="gaps">
            <div className="panel-toolbar">
              <span className="muted small">{nl.analysis.findings(report.findings.length)}</span>
              {selectedFinding && (
                <button className="link-button" onClick={() => updateView({ finding: undefined })}>
                  {nl.analysis.clearHighlight}
                </button>
              )}
            </div>
            {groups.map((group) => (
              <details key={group.analysis} className="finding-group" open>
                <summary>
                  <span>{nl.gapAnalyses[group.analysis]}</span>
                  <span className="count">{group.findings.length}</span>
                </summary>
                <ul>
                  {group.findings.map((finding) => (
                    <FindingItem key={finding.id} finding={finding} active={finding.id === selectedFinding} />
                  ))}
                </ul>
              </details>
            ))}
          </div>
        );
      }}
    </AnalysisState>
  );
}

function FindingItem({ finding, active }: { finding: Finding; active: boolean }) {
  return (
    <li>
      <button
        className={`finding${active ? ' is-active' : ''}`}
        aria-pressed={active}
        data-finding={finding.id}
        onClick={() => updateView({ finding: active ? undefined : finding.id, whatIf: undefined })}
      >
        <span className={`badge severity-${finding.severity}`}>{nl.severities[finding.severity]}</span>
        <span className="finding-title">{finding.title}</span>
        <span className="finding-text">{finding.explanation}</span>
        <span className="finding-meta">{nl.analysis.involved(finding.nodes.length, finding.ties.length)}</span>
      </button>
    </li>
  );
}
