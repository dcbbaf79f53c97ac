/** The work list's calls: the findings with their state, marks, assignments, introductions and contact moments. */
import type { GraphTie } from '../../../server/model/index.ts';
import type { ContactBody, ContactMoment } from '../../../server/model/wire/contacts.ts';
import type { AssigneeBody, Colleague, Introduction, IntroductionBody, IntroductionStatusBody, StatusBody, WorkItem, WorkList } from '../../../server/model/wire/findings.ts';
import { queryString, request, type Query } from './http.ts';

const finding = (id: string, rest = '') => `/findings/${encodeURIComponent(id)}${rest}`;

export const findingsApi = {
  list: (query: Query) => request<WorkList>('GET', `/findings${queryString(query)}`),
  mark: (id: string, body: StatusBody) => request<WorkItem>('PUT', finding(id, '/status'), body),
  assign: (id: string, body: AssigneeBody) => request<WorkItem>('PUT', finding(id, '/assignee'), body),
  colleagues: (id: string) => request<{ items: Colleague[] }>('GET', finding(id, '/colleagues')),
  propose: (id: string, body: IntroductionBody) => request<Introduction>('POST', finding(id, '/introductions'), body),
  introductionStatus: (id: string, introduction: string, body: IntroductionStatusBody) => request<Introduction>('PUT', finding(id, `/introductions/${encodeURIComponent(introduction)}/status`), body),
  /** The introduction becomes a tie between its two ends; the body holds the tie's type and fields. */
  introductionTie: (id: string, introduction: string, body: Record<string, unknown>) =>
    request<{ introduction: Introduction; tie: GraphTie | null }>('POST', finding(id, `/introductions/${encodeURIComponent(introduction)}/tie`), body),
  recordContact: (body: ContactBody) => request<{ contact: ContactMoment & { id: string }; tie: GraphTie }>('POST', '/contacts', body),
};
