/**
 * What the intake, team inventory and merge routes answer, shared by the
 * services that build them and the Invoer screen that shows them.
 */
import type { GraphNode, GraphTie, HiddenNode } from '../index.ts';

export interface TodoItem {
  id: string;
  personId: string;
  /** The person's name as this viewer may see it, filled in when listed. */
  name?: string;
  gebiedId?: string;
  suggestedBy?: string;
  createdBy: string;
  createdAt: string;
  done: boolean;
}

export interface InterviewResult {
  intervieweeId: string;
  createdNodes: (GraphNode | HiddenNode)[];
  createdTies: GraphTie[];
  updatedTies: string[];
  todo: TodoItem[];
}

export interface Suggestion {
  id: string;
  name: string;
  roles: string[];
  score: number;
}

export interface InventoryView {
  wijkteam: GraphNode;
  members: { id: string; name: string; contacts: number }[];
  contacts: { id: string; name: string; kind: string; members: { id: string; name: string }[] }[];
  /** Contacts known to exactly one member. */
  singlePoints: { id: string; name: string; kind: string; member: { id: string; name: string } }[];
}

export interface DuplicateCandidate {
  a: { id: string; name: string };
  b: { id: string; name: string };
  kind: string;
  score: number;
  nameScore: number;
  sharedNeighbours: number;
  sameGebied: boolean;
}

export interface MergeRecord {
  id: string;
  keepBefore: GraphNode;
  dropped: GraphNode;
  droppedTies: GraphTie[];
  createdTies: string[];
  filledFields: string[];
  by: string;
  at: string;
  undone?: { by: string; at: string };
}
