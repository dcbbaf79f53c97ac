/**
 * The wijk overview in place of the map: one bubble per wijk (sigma), the
 * lines between them, a card with the wijk's figures on hover, and a click
 * that opens the wijk on the map. In the table mode the same figures are a
 * table. Every wijk is also a button for the keyboard.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import Sigma from 'sigma';
import type { WijkFigures } from '../../../../server/model/wire/overview.ts';
import { app } from '../../../core/app/state.ts';
import { fitNodesOf } from '../../../core/camera/index.ts';
import { currentPlaces, ensureOverview, openOverview, overview, showOnMap } from '../../../core/overview/index.ts';
import { overviewRuntime } from '../../../core/overview/runtime.ts';
import { buildScene, createSceneGraph, type OverviewScene } from '../../../core/overview/scene.ts';
import { useStore } from '../../../core/store/index.ts';
import { GroupOverlay, type NodeGroup } from '../../../graph/GroupOverlay.tsx';
import { nl } from '../../../i18n/nl.ts';
import { overviewSettings } from './draw.ts';
import { OverviewLegend } from './OverviewLegend.tsx';
import { OverviewTable } from './OverviewTable.tsx';
import { WijkCard } from './WijkCard.tsx';
import './overview.css';

const words = nl.overview;

export function CityOverview({ table }: { table: boolean }) {
  const gebied = useStore(app, (state) => state.view.overview);
  const at = useStore(app, (state) => state.view.filters.at);
  const measure = useStore(app, (state) => state.view.overviewColor);
  const catalogVersion = useStore(app, (state) => state.catalogVersion);
  const data = useStore(overview, (state) => state.data);
  const hovered = useStore(overview, (state) => state.hovered);
  const container = useRef<HTMLDivElement>(null);
  const graph = useMemo(createSceneGraph, []);
  const [sigma, setSigma] = useState<Sigma | null>(null);
  const [scene, setScene] = useState<OverviewScene | null>(null);

  useEffect(() => void ensureOverview(), [gebied, at, catalogVersion]);

  useEffect(() => {
    const renderer = new Sigma(graph, container.current!, { ...overviewSettings(), allowInvalidContainer: true });
    overviewRuntime.sigma = renderer;
    setSigma(renderer);
    renderer.on('enterNode', ({ node }) => {
      overview.set({ hovered: node });
      container.current?.classList.add('is-pointer');
    });
    renderer.on('leaveNode', () => {
      overview.set({ hovered: null });
      container.current?.classList.remove('is-pointer');
    });
    renderer.on('clickNode', ({ node }) => showOnMap([node]));
    const observer = new ResizeObserver(() => renderer.resize());
    observer.observe(container.current!);
    return () => {
      observer.disconnect();
      renderer.kill();
      overviewRuntime.sigma = null;
      overview.set({ hovered: null });
    };
  }, [graph]);

  const figures = data.state === 'ready' ? data.data : null;
  // New figures: a new picture, framed. Another colour: the same picture, coloured anew.
  useEffect(() => {
    if (!figures || !sigma) return setScene(null);
    setScene(buildScene(figures, measure, graph));
  }, [figures, measure, sigma]);
  // Framed once the scene and its legend are drawn, so that the legend's room is known.
  const framed = useRef<unknown>(null);
  useEffect(() => {
    if (!scene || !sigma || !graph.order || framed.current === figures) return;
    framed.current = figures;
    fitNodesOf(sigma, graph.nodes(), 0);
  }, [scene, sigma]);

  useEffect(() => {
    if (!sigma) return;
    sigma.setSetting('edgeReducer', hovered ? (edge, attributes) => (graph.hasExtremity(edge, hovered) ? { ...attributes, color: 'rgba(44, 110, 155, 0.85)', zIndex: 2 } : { ...attributes, color: 'rgba(150, 165, 180, 0.12)' }) : null);
  }, [hovered, sigma]);

  const groups = useMemo<NodeGroup[]>(() => {
    if (!figures || !scene || figures.gebied.level !== 'stad' || scene.groups.length < 2) return [];
    const places = currentPlaces();
    return scene.groups.map((group) => {
      const name = places.byId.get(group.stadsdeel)?.name ?? group.stadsdeel;
      return { key: group.stadsdeel, name, nodes: group.wijken, onOpen: () => openOverview(group.stadsdeel), openTitle: words.breadcrumbs.toOverview(name) };
    });
  }, [figures, scene]);

  const hoveredFigures = figures && hovered ? figures.wijken.find((wijk) => wijk.id === hovered) : undefined;

  return (
    <div className="overview-layer" data-testid="overview">
      <div className={table ? 'overview-map is-hidden' : 'overview-map'}>
        <div ref={container} className="map-canvas" role="img" aria-label={figures ? `${words.title}: ${figures.gebied.name}` : words.title} />
        {groups.length > 0 && <GroupOverlay sigma={sigma} groups={groups} version={scene} testId="stadsdeel-labels" margin={28} />}
        {hoveredFigures && sigma && figures && <WijkCard sigma={sigma} figures={hoveredFigures} lines={figures.lines} />}
        {scene && figures && <OverviewLegend scene={scene} figures={figures} />}
      </div>
      {table && figures && <OverviewTable figures={figures} measure={measure} />}
      {figures && <WijkButtons wijken={figures.wijken} />}
      {data.state === 'loading' && (
        <div className="overlay" role="status">
          <span className="spinner large" aria-hidden="true" />
          <span>{words.loading}</span>
        </div>
      )}
      {data.state === 'error' && (
        <div className="overlay" role="alert">
          <strong>{words.error}</strong>
          <span className="muted">{data.message}</span>
        </div>
      )}
      {figures && !figures.wijken.length && (
        <div className="overlay soft" role="status">
          <span>{words.empty}</span>
        </div>
      )}
    </div>
  );
}

/** The wijken as buttons, for the keyboard and screen readers (the canvas takes no focus). */
function WijkButtons({ wijken }: { wijken: readonly WijkFigures[] }) {
  return (
    <ul className="visually-hidden" aria-label={words.wijkList}>
      {wijken.map((wijk) => (
        <li key={wijk.id}>
          <button type="button" onClick={() => showOnMap([wijk.id])} onFocus={() => overview.set({ hovered: wijk.id })} onBlur={() => overview.set({ hovered: null })}>
            {words.openWijk(wijk.name)}
          </button>
        </li>
      ))}
    </ul>
  );
}
