/**
 * Neo4j's Cypher as an analyst types it in Neo4j Browser, run on the
 * embedded engine through the translation layer: through POST /api/cypher and
 * as a personal report, as analist and as beheerder, on the demo network.
 * The habits and their answers are in habits.ts; a translation that changes
 * the meaning fails here. Forms that can't keep their meaning must be refused
 * with a hint naming the form that works.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Requester, type TestApp } from '../helpers/test-app.ts';
import { demo, HABITS, REFUSED, type Habit, type Row } from './habits.ts';

let app: TestApp;
let analist: Requester;
beforeAll(async () => {
  app = await createTestApp({ seed: demo });
  analist = await app.as('analist');
});
afterAll(() => app?.close());

async function console(request: Requester, cypher: string) {
  return request('/api/cypher', { method: 'POST', json: { query: cypher } });
}

async function asPersonalReport(request: Requester, cypher: string) {
  const saved = await request('/api/reports/personal', { method: 'POST', json: { title: 'proef', cypher } });
  expect(saved.status, await saved.clone().text()).toBe(201);
  const { id } = (await saved.json()) as { id: string };
  const run = await request(`/api/reports/personal/${id}/run`, { method: 'POST', json: { params: {} } });
  await request(`/api/reports/personal/${id}`, { method: 'DELETE' });
  return run;
}

function check(habit: Habit, rows: Row[]): void {
  if (typeof habit.expected === 'function') habit.expected(rows);
  else expect(rows).toEqual(habit.expected);
}

describe('Neo4j habits in the console', () => {
  it('has at least 40 of them', () => expect(HABITS.length).toBeGreaterThanOrEqual(40));

  for (const [who, requester] of [['beheerder', () => app.request], ['analist', () => analist]] as const) {
    it.each(HABITS.map((habit) => [habit.habit, habit] as const))(`${who}: %s`, async (_name, habit) => {
      const response = await console(requester(), habit.cypher);
      const body = (await response.json()) as { rows: Row[]; error?: { message: string } };
      expect(response.status, body.error?.message).toBe(200);
      check(habit, body.rows);
    });
  }
});

describe('Neo4j habits as personal reports', () => {
  for (const [who, requester] of [['beheerder', () => app.request], ['analist', () => analist]] as const) {
    it.each(HABITS.map((habit) => [habit.habit, habit] as const))(`${who}: %s`, async (_name, habit) => {
      const response = await asPersonalReport(requester(), habit.cypher);
      const body = (await response.json()) as { rows: Row[]; error?: { message: string } };
      expect(response.status, body.error?.message).toBe(200);
      check(habit, body.rows);
    });
  }
});

describe('what keeps no meaning here is refused, with the form that works', () => {
  it.each(REFUSED.map((refused) => [refused.habit, refused] as const))('%s', async (_name, refused) => {
    const response = await console(app.request, refused.cypher);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { message: string } };
    expect(error.message).toMatch(refused.hint);
  });
});
