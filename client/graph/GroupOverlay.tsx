/**
 * Named groups over a sigma renderer: a faint circle around each group's
 * nodes with its name on top, kept in place as the camera moves. Used by the
 * map for "Groeperen per wijk" and by the wijk overview for the stadsdelen.
 */
import { useEffect, useRef } from 'react';
import type Sigma from 'sigma';
import './group-overlay.css';

export interface NodeGroup {
  key: string;
  name: string;
  nodes: readonly string[];
  /** Makes the name a button. */
  onOpen?: () => void;
  openTitle?: string;
}

interface Circle {
  x: number;
  y: number;
  /** In framed units. */
  radius: number;
  /** The largest node, in its own size. */
  largest: number;
}

/** A group's circle in the renderer's framed coordinates, from what it last drew. */
function circleOf(sigma: Sigma, nodes: readonly string[]): Circle | null {
  const points = nodes.flatMap((id) => {
    const data = sigma.getNodeDisplayData(id);
    return data && !data.hidden ? [data] : [];
  });
  if (!points.length) return null;
  const x = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const y = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  return { x, y, radius: Math.max(...points.map((p) => Math.hypot(p.x - x, p.y - y))), largest: Math.max(...points.map((p) => p.size)) };
}

/**
 * `margin`: room around the outermost nodes, in pixels (more where names stand beside the nodes).
 * `outward`: each name on the side of its circle that faces away from the middle of all groups (for
 * groups laid out on a ring, so that a name does not run into the next circle); else on top.
 */
export function GroupOverlay({ sigma, groups, version, testId, margin = 10, outward = false }: { sigma: Sigma | null; groups: readonly NodeGroup[]; version: unknown; testId: string; margin?: number; outward?: boolean }) {
  const rings = useRef(new Map<string, HTMLDivElement>());
  const labels = useRef(new Map<string, HTMLElement>());

  useEffect(() => {
    if (!sigma) return;
    let circles: Map<string, Circle | null> | null = null;
    const place = () => {
      // The circles are measured on the first drawing after a change, when the renderer's coordinates are current.
      circles ??= new Map(groups.map((group) => [group.key, circleOf(sigma, group.nodes)]));
      const drawn = [...circles.values()].filter((circle): circle is Circle => !!circle);
      const middle = sigma.framedGraphToViewport({ x: drawn.reduce((sum, c) => sum + c.x, 0) / drawn.length, y: drawn.reduce((sum, c) => sum + c.y, 0) / drawn.length });
      const ratio = sigma.getCamera().getState().ratio;
      for (const group of groups) {
        const circle = circles.get(group.key);
        const ring = rings.current.get(group.key);
        const label = labels.current.get(group.key);
        if (!ring || !label) continue;
        if (!circle) {
          ring.style.display = label.style.display = 'none';
          continue;
        }
        const centre = sigma.framedGraphToViewport(circle);
        const edge = sigma.framedGraphToViewport({ x: circle.x + circle.radius, y: circle.y });
        const r = Math.hypot(edge.x - centre.x, edge.y - centre.y) + sigma.scaleSize(circle.largest, ratio) + margin;
        ring.style.display = label.style.display = '';
        ring.style.transform = `translate(${centre.x - r}px, ${centre.y - r}px)`;
        ring.style.width = ring.style.height = `${2 * r}px`;
        const [dx, dy] = [centre.x - middle.x, centre.y - middle.y];
        const length = Math.hypot(dx, dy);
        const [ux, uy] = outward && length > 1 ? [dx / length, dy / length] : [0, -1];
        // The name touches the circle where the direction leaves it, and lies beyond it.
        label.style.transform = `translate(${centre.x + ux * r}px, ${centre.y + uy * r}px) translate(${-50 + 50 * ux}%, ${-50 + 50 * uy}%)`;
      }
    };
    sigma.on('afterRender', place);
    sigma.scheduleRender();
    return () => void sigma.off('afterRender', place);
  }, [sigma, groups, version, margin, outward]);

  return (
    <div className="group-overlay" aria-hidden={groups.some((group) => group.onOpen) ? undefined : true} data-testid={testId}>
      {groups.map((group) => (
        <div key={group.key} className="group-ring" ref={(element) => void (element ? rings.current.set(group.key, element) : rings.current.delete(group.key))} />
      ))}
      {groups.map((group) =>
        group.onOpen ? (
          <button
            key={group.key}
            type="button"
            className="group-label is-link"
            title={group.openTitle}
            onClick={group.onOpen}
            ref={(element) => void (element ? labels.current.set(group.key, element) : labels.current.delete(group.key))}
          >
            {group.name}
          </button>
        ) : (
          <span key={group.key} className="group-label" ref={(element) => void (element ? labels.current.set(group.key, element) : labels.current.delete(group.key))}>
            {group.name}
          </span>
        ),
      )}
    </div>
  );
}
