/**
 * The demo's files hold it as of its build day. Loading it moves every date
 * by the days from the build day to the load day, so that the demo's "today"
 * is the day it is loaded and its holes (data/demo/README.md) are the same in
 * any year: start and end dates, last contacts, consent dates, recording
 * times (every date field of the model) and a referral's quarter (`period`,
 * the quarter its first day falls in once moved).
 */
import { NODE_FIELDS, tieFields, type GraphNode, type GraphTie, type NetworkData, type NodeKind } from '../../model/index.ts';
import { isoDate, isoDateTime } from '../../model/common.ts';
import { periodBounds, periodOf, QUARTER_PATTERN, shiftDays } from '../../model/period.ts';

type Schema = { unwrap?: () => Schema };
type Shape = Record<string, Schema>;

const unwrapped = (schema: Schema): Schema => (schema.unwrap ? unwrapped(schema.unwrap()) : schema);

/** The fields of a shape whose values are days or moments. */
function dateFields(shape: Shape): { days: string[]; moments: string[] } {
  const fields = Object.entries(shape).map(([name, schema]) => [name, unwrapped(schema)] as const);
  return { days: fields.filter(([, schema]) => schema === isoDate).map(([name]) => name), moments: fields.filter(([, schema]) => schema === isoDateTime).map(([name]) => name) };
}

const NODE_DATES = Object.fromEntries(Object.entries(NODE_FIELDS).map(([kind, schema]) => [kind, dateFields(schema.shape as Shape)])) as Record<NodeKind, ReturnType<typeof dateFields>>;
const TIE_DATES = dateFields(tieFields.shape as Shape);

function shiftMoment(moment: string, days: number): string {
  return new Date(Date.parse(moment) + days * 86_400_000).toISOString();
}

function shifted<T extends Record<string, unknown>>(item: T, fields: ReturnType<typeof dateFields>, days: number): T {
  const out: Record<string, unknown> = { ...item };
  for (const field of fields.days) if (typeof out[field] === 'string') out[field] = shiftDays(out[field] as string, days);
  for (const field of fields.moments) if (typeof out[field] === 'string') out[field] = shiftMoment(out[field] as string, days);
  return out as T;
}

function shiftQuarter(period: string, days: number): string {
  return QUARTER_PATTERN.test(period) ? periodOf(shiftDays(periodBounds(period).first, days), 'quarter') : period;
}

/** The network with every date moved by `days`. */
export function shiftNetwork(data: NetworkData, days: number): NetworkData {
  if (days === 0) return data;
  return {
    nodes: data.nodes.map((node): GraphNode => shifted(node, NODE_DATES[node.kind], days)),
    ties: data.ties.map((tie): GraphTie => {
      const moved = shifted(tie, TIE_DATES, days);
      return typeof moved.period === 'string' ? { ...moved, period: shiftQuarter(moved.period, days) } : moved;
    }),
  };
}
