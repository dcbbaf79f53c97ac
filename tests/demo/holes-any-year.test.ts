/**
 * What a new user sees: the server loads the demo into an empty database
 * (`seedDemoIfEmpty`, as `npm start` does) and the map's Gaten panel asks for
 * the gaps of today. Loaded and asked today, or a year from today, the
 * findings are the same, and they are the documented holes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, GapReport } from '../../server/model/index.ts';
import { dayOf } from '../../server/model/period.ts';
import { readDemoHoles } from '../../server/services/demo/load-demo.ts';
import { seedDemoIfEmpty } from '../../server/services/index.ts';
import { CLOCKS, clockMovedBy, withoutDates } from '../helpers/clock.ts';
import { createTestApp, type TestApp } from '../helpers/test-app.ts';

const seen: { today: string; findings: Finding[] }[] = [];

describe.each(CLOCKS)('the demo as a new user gets it, $label', ({ days }) => {
  clockMovedBy(days);
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
    expect(await seedDemoIfEmpty(app.services)).toBe(true);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('shows the documented holes in the Gaten panel', async () => {
    const holes = readDemoHoles();
    const response = await app.request('/api/analysis/gaps');
    expect(response.status).toBe(200);
    const { at, findings } = (await response.json()) as GapReport;
    expect(at).toBe(dayOf());
    const stale = findings.filter((finding) => finding.analysis === 'verouderde-banden').flatMap((finding) => finding.ties).sort();
    expect(stale).toEqual([...holes.staleTies].sort());
    expect(findings.filter((finding) => finding.analysis === 'enkelvoudig' && finding.severity === 'hoog').map((finding) => finding.id)).toEqual([
      `enkelvoudig:${holes.singlePersonLink.wijkteam}:${holes.singlePersonLink.person}`,
    ]);
    expect(findings.filter((finding) => finding.gebied === holes.healthy.wijk)).toEqual([]);
    seen.push({ today: at!, findings });
  });
});

describe('the demo in any year', () => {
  it('gives a new user the same findings today and a year from today', () => {
    const [now, later] = seen;
    expect(later!.today > now!.today).toBe(true);
    expect(later!.findings.length).toBe(now!.findings.length);
    expect(later!.findings.map(withoutDates)).toEqual(now!.findings.map(withoutDates));
  });
});
