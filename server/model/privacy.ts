/** Wire types of the audit log and the privacy endpoints, shared by server and client. */
import type { GraphTie } from './ties.ts';

export type AuditAction = 'read' | 'create' | 'update' | 'delete' | 'export' | 'erase' | 'login' | 'logout' | 'query';

export interface AuditEntry {
  at: string;
  user: string;
  role: string;
  action: AuditAction;
  method: string;
  route: string;
  status: number;
  /** Every person id read or changed (pseudonyms after erasure); never capped. */
  subjects: string[];
  subjectCount?: number;
  /** What was asked, without personal data (e.g. the report id). */
  detail?: string;
}

export interface ErasureProof {
  pseudonym: string;
  removedTies: number;
  removedDocuments: number;
  updatedDocuments: number;
  pseudonymisedAuditEntries: number;
  /** Places where the id or the name still occurs afterwards: empty when erasure is complete. */
  remaining: string[];
}

export interface StaleTie {
  tie: GraphTie;
  lastContact?: string;
  monthsSinceContact: number | null;
}
