/**
 * The work list: what the `/api/findings` routes accept and answer. A
 * finding of the gap analysis with the state the team gave it (open,
 * afgehandeld, niet van toepassing; assigned to a colleague) and the
 * introductions recorded from it.
 */
import { z } from 'zod';
import type { Finding, GapAnalysis } from '../analysis.ts';
import { text } from '../common.ts';
import { kindOfNodeId, type NodeKind } from '../nodes.ts';
import type { Role } from '../users.ts';

export const WORK_STATUSES = ['open', 'afgehandeld', 'niet-van-toepassing'] as const;
export type WorkStatus = (typeof WORK_STATUSES)[number];
export type WorkMark = Exclude<WorkStatus, 'open'>;

export const INTRODUCTION_STATUSES = ['voorgesteld', 'gedaan', 'afgewezen'] as const;
export type IntroductionStatus = (typeof INTRODUCTION_STATUSES)[number];

/** Who did it and when: the account, its name as shown, and the moment (ISO). */
export interface Done {
  by: string;
  byName: string;
  at: string;
}

export interface WorkState {
  status: WorkStatus;
  /** The mark in force (status afgehandeld or niet van toepassing). */
  mark?: Done & { status: WorkMark; reason?: string };
  /** The finding was marked, and what it is about has changed since: it is open again. */
  reopened?: Done & { status: WorkMark; reason?: string };
  assignee?: Done & { username: string; name: string };
  /** Whether this account may mark, assign and propose here (who may edit in the finding's gebied). */
  mayAct: boolean;
}

/** Findings that suggest an introduction ("stel voor"): two initiatives that should meet, two organisations that should work together. */
export function suggestsIntroduction(finding: Pick<Finding, 'id' | 'analysis'>): boolean {
  return finding.id.startsWith('kansen:introductie:') || finding.analysis === 'dubbeling';
}

const INTRODUCED_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>(['persoon', 'organisatie', 'initiatief', 'wijkteam']);

/** Whether a node of such a finding can be one end of an introduction: a person, organisation, initiative or wijkteam. */
export function introducible(nodeId: string): boolean {
  const kind = kindOfNodeId(nodeId);
  return !!kind && INTRODUCED_KINDS.has(kind);
}

/** An introduction between two nodes of a finding, recorded by the team. */
export interface Introduction {
  id: string;
  findingId: string;
  from: { id: string; name: string };
  to: { id: string; name: string };
  status: IntroductionStatus;
  proposed: Done;
  /** The last change of its status, when it changed. */
  changed?: Done;
  /** The tie it became. */
  tieId?: string;
}

export interface WorkItem extends Finding {
  work: WorkState;
  introductions: Introduction[];
}

/** GET /api/findings */
export interface WorkList {
  version: number;
  /** The day the findings are about. */
  at: string;
  /** False for a day in the past: marks are made on the network of today. */
  current: boolean;
  findings: WorkItem[];
}

/** An account a finding can be assigned to: a gebiedsverbinder or opbouwwerker who works in its gebied. */
export interface Colleague {
  username: string;
  name: string;
  role: Role;
}

const reason = text(300).min(1, 'is leeg');

/** PUT /api/findings/:id/status */
export const statusBody = z
  .object({ status: z.enum(WORK_STATUSES), reason: reason.optional() })
  .strict()
  .superRefine((body, context) => {
    if (body.status === 'niet-van-toepassing' && !body.reason) context.addIssue({ code: 'custom', path: ['reason'], message: 'is verplicht bij niet van toepassing: zeg waarom', input: body.reason });
    if (body.status === 'open' && body.reason) context.addIssue({ code: 'custom', path: ['reason'], message: 'een open bevinding heeft geen reden', input: body.reason });
  });
export type StatusBody = z.input<typeof statusBody>;

/** PUT /api/findings/:id/assignee: a colleague's username, or null to take the assignment away. */
export const assigneeBody = z.object({ assignee: z.string().min(1, 'is leeg').max(40).nullable() }).strict();
export type AssigneeBody = z.input<typeof assigneeBody>;

/** POST /api/findings/:id/introductions */
export const introductionBody = z.object({ from: z.string().min(1, 'is leeg').max(120), to: z.string().min(1, 'is leeg').max(120) }).strict();
export type IntroductionBody = z.input<typeof introductionBody>;

/** PUT /api/findings/:id/introductions/:introduction/status */
export const introductionStatusBody = z.object({ status: z.enum(INTRODUCTION_STATUSES) }).strict();
export type IntroductionStatusBody = z.input<typeof introductionStatusBody>;

/** "Tellen en vertellen" in the netwerkrapportage: what was found in a wijk, and what the team did with it in the period. */
export interface TellenEnVertellen {
  periode: string;
  /** The day the findings were counted on: the period's last day, or today while it runs. */
  peildatum: string;
  /** Per kind of finding with anything to tell, in the order of GAP_ANALYSES. */
  soorten: { soort: GapAnalysis; gevonden: number; afgehandeld: number; nietVanToepassing: number }[];
  totaal: { gevonden: number; afgehandeld: number; nietVanToepassing: number };
  introducties: { voorgesteld: number; gedaan: number; afgewezen: number; banden: number };
}
