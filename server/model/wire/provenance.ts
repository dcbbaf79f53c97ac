/** What GET /api/nodes/:id/provenance answers: who recorded each tie of a node, in what a viewer may read of them (never an id). */
import type { PersonRole } from '../nodes.ts';
import type { Role } from '../users.ts';

export type Recorder =
  /** A person of the network (a professional), by the name or pseudonym this viewer sees, and their professional role. */
  | { kind: 'persoon'; name: string; role?: PersonRole }
  /** An account of the app: its display name (when it has one) and role. */
  | { kind: 'account'; name?: string; role: Role }
  /** As the source of the data named it, e.g. "Gemeente Haarlem, team MO". */
  | { kind: 'tekst'; text: string }
  /** Recorded by the application itself. */
  | { kind: 'systeem' }
  /** An account or person that no longer exists. */
  | { kind: 'onbekend' };

export interface NodeProvenance {
  /** By tie id; a tie whose recorder this viewer may not know (the analist) is left out. */
  recorders: Record<string, Recorder>;
}
