/**
 * Client benchmark in headless Chromium (software WebGL): time to first
 * render of the demo network, time to interactive at 10k and 50k synthetic
 * nodes, and the median frame time while panning at 50k nodes, next to a
 * plain canvas-2D baseline that draws the same points in the same run.
 *
 * Synthetic graphs come from `generateNetwork` and are served to the page in
 * place of `/api/graph` (the page is the real client; nothing else changes).
 */
import type { Page } from 'playwright-core';
import { serializeNetwork } from '../../server/services/network-service.ts';
import { generateNetwork } from '../../server/services/generate/generate.ts';
import { chromiumAvailable, MAP, openApp, startHarness, waitReady } from '../browser/harness.ts';
import type { BenchRow } from './types.ts';

const SUITE = 'client';
/** tsx keeps function names with a `__name` helper that does not exist in the page. */
const KEEP_NAMES_SHIM = 'window.__name = (fn) => fn';
const PAN_MS = 3000;

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

export default async function benchClient(): Promise<BenchRow[]> {
  if (!chromiumAvailable()) return [];
  const rows: BenchRow[] = [];
  const h = await startHarness({ width: 1280, height: 720 });
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

    for (const nodes of [10_000, 50_000]) {
      const network = generateNetwork({ nodes, seed: 7 });
      const body = JSON.stringify(serializeNetwork(network, 1));
      await page.route('**/api/graph*', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
      await page.route('**/api/views/**', (route) => route.fulfill({ status: 404, contentType: 'application/json', body: '{"error":{"code":"not_found","message":"-"}}' }));
      await page.goto('/?view=bench');
      const timing = await timeToInteractive(page);
      const size = `${(nodes / 1000).toFixed(0)}k nodes / ${(network.ties.length / 1000).toFixed(0)}k ties`;
      rows.push({ suite: SUITE, name: 'time to interactive (synthetic)', size, ms: timing.interactive, note: `first render at ${timing.firstRender.toFixed(0)} ms; ${(body.length / 1e6).toFixed(1)} MB of JSON` });

      if (nodes === 50_000) {
        const points = await screenPoints(page);
        const sigmaFrame = await medianFrame(page, () => panWithMouse(page));
        await page.unroute('**/api/graph*');
        await page.unroute('**/api/views/**');
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
      } else {
        await page.unroute('**/api/graph*');
        await page.unroute('**/api/views/**');
      }
    }
  } finally {
    await h.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.table(await benchClient());
  process.exit(0);
}
