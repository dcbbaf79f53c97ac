/**
 * Node labels: beside the node as sigma draws them, or, for a node with a
 * `labelAngle` (the ego view's rings), along the radius away from the
 * centre, so that labels of nodes side by side on a ring do not run into
 * each other. On the left half the text is turned round to stay readable.
 */
import { drawDiscNodeLabel, type NodeLabelDrawingFunction } from 'sigma/rendering';

/** The label's direction on screen for a direction in the graph (the graph's y axis points up, the screen's down). */
export function screenAngle(graphAngle: number): number {
  return -graphAngle;
}

export const drawNodeLabel: NodeLabelDrawingFunction = (context, data, settings) => {
  const angle = (data as { labelAngle?: number }).labelAngle;
  if (angle === undefined) return drawDiscNodeLabel(context, data, settings);
  if (!data.label) return;
  const size = settings.labelSize;
  const direction = screenAngle(angle);
  const leftHalf = Math.cos(direction) < 0;
  context.save();
  context.fillStyle = settings.labelColor.color ?? '#000';
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  context.translate(data.x, data.y);
  context.rotate(leftHalf ? direction + Math.PI : direction);
  context.textAlign = leftHalf ? 'right' : 'left';
  context.fillText(data.label, (leftHalf ? -1 : 1) * (data.size + 3), size / 3);
  context.restore();
};
