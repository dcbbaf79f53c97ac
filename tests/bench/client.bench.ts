/**
 * Client benchmark in headless Chromium (software WebGL): time to first
 * render of the demo network; at 10k and 50k synthetic nodes the map's load
 * through the compact graph beside the JSON answer, in the same run against
 * the same server (payload over the wire, time to interactive, time until the
 * whole map is drawn); and the median frame time while panning at 50k nodes,
 * next to a plain canvas-2D baseline that draws the same points.
 *
 * The synthetic networks come from `generateNetwork` and are loaded into a
 * real server (tests/bench/server-fixture.ts); the page is the real client.
 * For the JSON path the page's request for /api/graph asks for JSON only, as
 * a client without the compact form does; everything after the answer is the
 * same loader. With BENCH_BASELINE_CLIENT set to the build (`vite build
 * --outDir …`) of an earlier client, the same run also loads the map with
 * that client, from the same server.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { serializeNetwork } from '../../server/services/network-service.ts';
import { generateNetwork } from '../../server/services/generate/generate.ts';
import { launchChromium } from '../helpers/browser.ts';
import { chromiumAvailable, MAP, openApp, startHarness, waitReady } from '../browser/harness.ts';
import { BENCH_ADMIN_PASSWORD, startBenchServer } from './server-fixture.ts';
import type { BenchRow } from './types.ts';

const SUITE = 'client';
/** tsx keeps function names with a `__name` helper that does not exist in the page. */
const KEEP_NAMES_SHIM = 'window.__name = (fn) => fn';
const PAN_MS = 3000;
const VIEWPORT = { width: 1280, height: 720 };
const MB = 1e6;

/** Milliseconds from navigation start until the map has drawn and the main thread is free again. */
async function timeToInteractive(page: Page): Promise<{ firstRender: number; interactive: number }> {
  await waitReady(page);
  return page.evaluate(async () => {
    const hook = (window as unknown as { __wijknetwerk: { firstRenderMs(): number } }).__wijknetwerk;
    await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return { firstRender: hook.firstRenderMs(), interactive: performance.now() };
  });
}

/** Records rAF intervals for `ms` while `drive` runs; returns the median interval. */
async function medianFrame(page: Page, drive: () => Promise<void>): Promise<number> {
  await page.evaluate(() => {
    const state = { times: [] as number[], on: true };
    (window as unknown as { __frames: typeof state }).__frames = state;
    const tick = (t: number) => {
      state.times.push(t);
      if (state.on) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await drive();
  const times = await page.evaluate(() => {
    const state = (window as unknown as { __frames: { times: number[]; on: boolean } }).__frames;
    state.on = false;
    return state.times;
  });
  const gaps = times.slice(1).map((t, i) => t - times[i]!).sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? NaN;
}

/** Drags the map left and right with the mouse for about PAN_MS. */
async function panWithMouse(page: Page): Promise<void> {
  const { width, height } = page.viewportSize()!;
  const cx = width / 2;
  const cy = height / 2;
  const started = Date.now();
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  let step = 0;
  while (Date.now() - started < PAN_MS) {
    step++;
    await page.mouse.move(cx + 150 * Math.sin(step / 8), cy + 60 * Math.cos(step / 11));
  }
  await page.mouse.up();
}

/** The baseline: the same node positions drawn as dots on a 2D canvas, shifted every frame. */
async function canvasBaseline(page: Page, points: Float32Array, width: number, height: number): Promise<number> {
  await page.setContent(`<canvas id="c" width="${width}" height="${height}" style="position:fixed;inset:0"></canvas>`);
  await page.evaluate(KEEP_NAMES_SHIM);
  await page.evaluate((data) => {
    const canvas = document.getElementById('c') as HTMLCanvasElement;
    const context = canvas.getContext('2d')!;
    const xy = Float32Array.from(data);
    let frame = 0;
    const draw = () => {
      frame++;
      const dx = 150 * Math.sin(frame / 8);
      const dy = 60 * Math.cos(frame / 11);
      context.fillStyle = '#fff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.fillStyle = '#6f9fd8';
      for (let i = 0; i < xy.length; i += 2) {
        context.beginPath();
        context.arc(xy[i]! + dx, xy[i + 1]! + dy, 3, 0, Math.PI * 2);
        context.fill();
      }
      if ((window as unknown as { __stop?: boolean }).__stop !== true) requestAnimationFrame(draw);
    };
    requestAnimationFrame(draw);
  }, Array.from(points));
  const median = await medianFrame(page, () => new Promise((resolve) => setTimeout(resolve, PAN_MS)));
  await page.evaluate(() => ((window as unknown as { __stop: boolean }).__stop = true));
  return median;
}

/** Node positions on screen, in pixels, as sigma shows them now. */
async function screenPoints(page: Page): Promise<Float32Array> {
  const values = await page.evaluate(() => {
    const sigma = (window as unknown as { __wijknetwerk: { sigma(): { getGraph(): { forEachNode(fn: (id: string, a: { x: number; y: number }) => void): void }; graphToViewport(p: { x: number; y: number }): { x: number; y: number } } } }).__wijknetwerk.sigma();
    const out: number[] = [];
    sigma.getGraph().forEachNode((_id, attributes) => {
      const point = sigma.graphToViewport(attributes);
      out.push(point.x, point.y);
    });
    return out;
  });
  return Float32Array.from(values);
}

interface MapLoad {
  /** Bytes of the /api/graph answers as they came over the wire (compressed when the server compressed them). */
  wireBytes: number;
  firstRender: number;
  interactive: number;
  complete: number;
  /** The longest task (PerformanceObserver "longtask") from interactive on, in ms. */
  longestWhileFilling: number;
}

/** Records long tasks from the start, for `longestWhileFilling`. */
const LONG_TASKS_SCRIPT = `window.__longTasks = []; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });`;

const BASELINE_CLIENT = process.env.BENCH_BASELINE_CLIENT;

type Form = 'compact' | 'json' | 'baseline';

/** The page's own files (not /api) from the baseline build. */
async function serveBaselineClient(page: Page, dir: string): Promise<void> {
  await page.route(
    (url) => !url.pathname.startsWith('/api/'),
    (route) => {
      const { pathname } = new URL(route.request().url());
      const file = join(dir, pathname === '/' ? 'index.html' : pathname);
      return existsSync(file) && statSync(file).isFile() ? route.fulfill({ path: file }) : route.fallback();
    },
  );
}

/** Opens the map on a fresh page and times it; `json` makes the page ask for the JSON answer, `baseline` is the earlier client. */
async function loadMap(page: Page, form: Form): Promise<MapLoad> {
  let wireBytes = 0;
  const counted: Promise<void>[] = [];
  const onFinished = (request: import('playwright-core').Request) => {
    if (new URL(request.url()).pathname === '/api/graph') counted.push(request.sizes().then((sizes) => void (wireBytes += sizes.responseBodySize)));
  };
  page.on('requestfinished', onFinished);
  if (form === 'json') await page.route('**/api/graph*', (route) => route.continue({ headers: { ...route.request().headers(), accept: 'application/json' } }));
  if (form === 'baseline') await serveBaselineClient(page, BASELINE_CLIENT!);
  await page.goto('/?view=bench');
  await waitReady(page);
  const timing = await page.evaluate(async () => {
    const hook = (window as unknown as { __wijknetwerk: { firstRenderMs(): number; timings(): Record<string, number> } }).__wijknetwerk;
    const complete = await new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
    // The loader marks when the map was first on screen with the page free; an earlier client was interactive once it was complete.
    const marked = hook.timings().interactiveAt;
    const interactive = marked !== undefined && Number.isFinite(marked) ? marked : complete;
    const tasks = (window as unknown as { __longTasks: [number, number][] }).__longTasks.filter(([start]) => start >= interactive);
    return { firstRender: hook.firstRenderMs(), interactive, complete, longest: Math.max(0, ...tasks.map(([, duration]) => duration)) };
  });
  await Promise.all(counted);
  page.off('requestfinished', onFinished);
  await page.unrouteAll();
  return { wireBytes, firstRender: timing.firstRender, interactive: timing.interactive, complete: timing.complete, longestWhileFilling: timing.longest };
}

/** A logged-in page on a real server that holds the network. */
async function syntheticPage(browser: Browser, network: ReturnType<typeof generateNetwork>) {
  const server = await startBenchServer(network);
  const context = await browser.newContext({ viewport: VIEWPORT, baseURL: server.url, locale: 'nl-NL' });
  const login = await context.request.post('/api/auth/login', { data: { username: 'beheerder', password: BENCH_ADMIN_PASSWORD } });
  if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
  const page = await context.newPage();
  await page.addInitScript(KEEP_NAMES_SHIM);
  await page.addInitScript(LONG_TASKS_SCRIPT);
  return {
    page,
    async close() {
      await context.close();
      await server.close();
    },
  };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Each path is loaded this often, alternating; the table shows each path's fastest run (the machine is shared). */
const ROUNDS = 2;

const fastest = (loads: readonly MapLoad[]) => loads.reduce((best, load) => (load.interactive < best.interactive ? load : best));

export default async function benchClient(): Promise<BenchRow[]> {
  if (!chromiumAvailable()) return [];
  const rows: BenchRow[] = [];
  const h = await startHarness(VIEWPORT);
  try {
    const page = h.page;
    await page.addInitScript(KEEP_NAMES_SHIM);
    await openApp(page, MAP);
    const demo = await timeToInteractive(page);
    const demoSize = await page.evaluate(() => {
      const hook = (window as unknown as { __wijknetwerk: { shownNodes(): string[]; shownEdges(): number } }).__wijknetwerk;
      return `${hook.shownNodes().length} nodes / ${hook.shownEdges()} ties`;
    });
    rows.push({ suite: SUITE, name: 'first render (demo network)', size: demoSize, ms: demo.firstRender, note: `interactive at ${demo.interactive.toFixed(0)} ms; from navigation start` });
  } finally {
    await h.close();
  }

  const browser = await launchChromium();
  try {
    for (const nodes of [10_000, 50_000]) {
      const network = generateNetwork({ nodes, seed: 7 });
      const size = `${(nodes / 1000).toFixed(0)}k nodes / ${(network.ties.length / 1000).toFixed(0)}k ties`;
      const gzippedJson = gzipSync(JSON.stringify(serializeNetwork(network, 1))).byteLength;
      const synthetic = await syntheticPage(browser, network);
      try {
        // Load the page's scripts once without a graph, so that no path pays for a cold cache; then wait until the server has done that request.
        await synthetic.page.route('**/api/graph*', (route) => route.abort());
        await synthetic.page.goto('/?view=bench');
        await synthetic.page.unroute('**/api/graph*');
        await synthetic.page.request.get('/api/auth/me');
        const forms: Form[] = BASELINE_CLIENT ? ['baseline', 'json', 'compact'] : ['json', 'compact'];
        const runs: Record<Form, MapLoad[]> = { baseline: [], json: [], compact: [] };
        for (let round = 0; round < ROUNDS; round++) for (const form of forms) runs[form].push(await loadMap(synthetic.page, form));
        const [json, compact] = [fastest(runs.json), fastest(runs.compact)];
        if (BASELINE_CLIENT) {
          const before = fastest(runs.baseline);
          rows.push({ suite: SUITE, name: 'time to interactive, against the earlier client', size, ms: compact.interactive, peer: 'earlier client (JSON)', peerMs: before.interactive, note: `earlier client: first render at ${before.firstRender.toFixed(0)} ms; ${(before.wireBytes / MB).toFixed(1)} MB over the wire` });
          rows.push({ suite: SUITE, name: 'whole map drawn, against the earlier client', size, ms: compact.complete, peer: 'earlier client (JSON)', peerMs: before.complete, note: `earlier client: longest task ${before.longestWhileFilling.toFixed(0)} ms after it was ready` });
        }
        rows.push({
          suite: SUITE,
          name: 'time to interactive',
          size,
          ms: compact.interactive,
          peer: 'JSON path',
          peerMs: json.interactive,
          note: `compact, best of ${ROUNDS}; first render at ${compact.firstRender.toFixed(0)} ms (JSON ${json.firstRender.toFixed(0)} ms); from navigation start`,
        });
        rows.push({
          suite: SUITE,
          name: 'whole map drawn',
          size,
          ms: compact.complete,
          peer: 'JSON path',
          peerMs: json.complete,
          note: `longest task while filling in: ${compact.longestWhileFilling.toFixed(0)} ms (JSON ${json.longestWhileFilling.toFixed(0)} ms); compact interactive ${seconds(compact.interactive)}, complete ${seconds(compact.complete)}`,
        });
        rows.push({
          suite: SUITE,
          name: 'graph payload over the wire (MB, not ms)',
          size,
          ms: compact.wireBytes / MB,
          peer: 'JSON path',
          peerMs: json.wireBytes / MB,
          note: `compact form, gzipped by the server; the JSON answer goes uncompressed (gzipped it would be ${(gzippedJson / MB).toFixed(2)} MB)`,
        });

        if (nodes === 50_000) {
          const page = synthetic.page;
          const points = await screenPoints(page);
          const sigmaFrame = await medianFrame(page, () => panWithMouse(page));
          const { width, height } = page.viewportSize()!;
          const baseline = await canvasBaseline(page, points, width, height);
          rows.push({
            suite: SUITE,
            name: 'median frame while panning',
            size,
            ms: sigmaFrame,
            peer: 'canvas-2D dots',
            peerMs: baseline,
            note: 'sigma: nodes (edges and labels hidden while moving); baseline: the same points as 2D arcs; software WebGL',
          });
        }
      } finally {
        await synthetic.close();
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await benchClient());
  process.exit(0);
}
