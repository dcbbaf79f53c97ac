/** "Groeperen per wijk" on the map: each wijk's circle of nodes with the wijk's name on it. */
import { useMemo } from 'react';
import { app, runtime } from '../core/app/state.ts';
import { nodeName } from '../core/graph/index.ts';
import { useStore } from '../core/store/index.ts';
import { GroupOverlay, type NodeGroup } from './GroupOverlay.tsx';

export function GroupLabels() {
  const grouped = useStore(app, (state) => state.groupedByWijk);
  const renderVersion = useStore(app, (state) => state.renderVersion);
  const groups = useMemo<NodeGroup[]>(() => {
    if (!grouped) return [];
    const members = new Map<string, string[]>();
    runtime.render.forEachNode((id) => {
      const wijk = runtime.wijkOf.get(id);
      if (!wijk) return;
      const list = members.get(wijk);
      if (list) list.push(id);
      else members.set(wijk, [id]);
    });
    return [...members].map(([wijk, nodes]) => ({ key: wijk, name: nodeName(runtime.catalog, wijk), nodes }));
  }, [grouped, renderVersion]);
  if (!groups.length) return null;
  return <GroupOverlay sigma={runtime.sigma} groups={groups} version={renderVersion} testId="group-labels" outward />;
}
