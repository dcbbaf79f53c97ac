/** The work list's calls: the findings with their state, marks, assignments, introductions and contact moments. */
import type { GraphTie } from '../../../server/model/index.ts';
import type { ContactBody, ContactMoment } from '../../../server/model/wire/contacts.ts';
import type { AssigneeBody, Colleague, Introduction, IntroductionBody, IntroductionStatusBody, StatusBody, WorkItem, WorkList } from '../../../server/model/wire/findings.ts';
import { queryString, request, type Query } from './http.ts';

/** Where a finding was seen: the map's wijk filter, so the server looks it up in the same analysis. */
export type Seen = readonly string[];

const finding = (id: string, rest = '', seen: Seen = []) => `/findings/${encodeURIComponent(id)}${rest}${queryString({ gebied: seen })}`;

export const findingsApi = {
  list: (query: Query) => request<WorkList>('GET', `/findings${queryString(query)}`),
  mark: (id: string, seen: Seen, body: StatusBody) => request<WorkItem>('PUT', finding(id, '/status', seen), body),
  assign: (id: string, seen: Seen, body: AssigneeBody) => request<WorkItem>('PUT', finding(id, '/assignee', seen), body),
  colleagues: (id: string, seen: Seen) => request<{ items: Colleague[] }>('GET', finding(id, '/colleagues', seen)),
  propose: (id: string, seen: Seen, body: IntroductionBody) => request<Introduction>('POST', finding(id, '/introductions', seen), body),
  introductionStatus: (id: string, introduction: string, body: IntroductionStatusBody) => request<Introduction>('PUT', finding(id, `/introductions/${encodeURIComponent(introduction)}/status`), body),
  /** The introduction becomes a tie between its two ends; the body holds the tie's type and fields. */
  introductionTie: (id: string, introduction: string, body: Record<string, unknown>) =>
    request<{ introduction: Introduction; tie: GraphTie | null }>('POST', finding(id, `/introductions/${encodeURIComponent(introduction)}/tie`), body),
  recordContact: (body: ContactBody) => request<{ contact: ContactMoment & { id: string }; tie: GraphTie }>('POST', '/contacts', body),
};
