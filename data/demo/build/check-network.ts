/** Schema, endpoint and date checks for a whole network; the demo builder and the generator's tests run them. */
import { allowedPair, kindOfNodeId, nodeWholeSchema, tieFields, type GraphNode, type NetworkData } from '../../../server/model/index.ts';

const STRICT_TIE = tieFields.strict();

function describeIssues(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ');
}

/** Every error in the network, as messages; empty when it is valid. */
export function checkNetwork(data: NetworkData): string[] {
  const errors: string[] = [];
  const nodeById = new Map<string, GraphNode>();
  data.nodes.forEach((n, i) => {
    if (nodeById.has(n.id)) errors.push(`node ${i}: dubbele id ${n.id}`);
    nodeById.set(n.id, n);
    if (kindOfNodeId(n.id) !== n.kind) errors.push(`node ${i}: id ${n.id} past niet bij soort ${n.kind}`);
    const { id: _id, kind: _kind, ...fields } = n;
    const parsed = nodeWholeSchema(n.kind).safeParse(fields);
    if (!parsed.success) errors.push(`node ${i} (${n.id}): ${describeIssues(parsed.error.issues)}`);
    if (typeof n.startDate === 'string' && typeof n.endDate === 'string' && n.endDate < n.startDate) errors.push(`node ${n.id}: einde voor begin`);
  });
  const tieIds = new Set<string>();
  data.ties.forEach((t, i) => {
    if (tieIds.has(t.id)) errors.push(`tie ${i}: dubbele id ${t.id}`);
    tieIds.add(t.id);
    if (!t.id.startsWith(`${t.type.toLowerCase()}.`)) errors.push(`tie ${i}: id ${t.id} past niet bij ${t.type}`);
    const a = nodeById.get(t.from);
    const b = nodeById.get(t.to);
    if (!a || !b) {
      errors.push(`tie ${t.id}: onbekend eindpunt`);
      return;
    }
    if (!allowedPair(t.type, a.kind, b.kind)) errors.push(`tie ${t.id}: ${t.type} ${a.kind}->${b.kind} niet toegestaan`);
    const { id: _id, type: _type, from: _from, to: _to, ...fields } = t;
    const parsed = STRICT_TIE.safeParse(fields);
    if (!parsed.success) errors.push(`tie ${i} (${t.id}): ${describeIssues(parsed.error.issues)}`);
    if (t.startDate && t.endDate && t.endDate < t.startDate) errors.push(`tie ${t.id}: einde voor begin`);
    for (const n of [a, b]) {
      if (t.startDate && typeof n.startDate === 'string' && t.startDate < n.startDate) errors.push(`tie ${t.id}: begint voor ${n.id}`);
      if (typeof n.endDate === 'string' && (!t.endDate || t.endDate > n.endDate)) errors.push(`tie ${t.id}: loopt door na einde van ${n.id}`);
    }
    if (t.lastContact && t.startDate && t.lastContact < t.startDate) errors.push(`tie ${t.id}: laatste contact voor begin`);
    if (t.lastContact && t.endDate && t.lastContact > t.endDate) errors.push(`tie ${t.id}: laatste contact na einde`);
  });
  return errors;
}
