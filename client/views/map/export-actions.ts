/** Export buttons: PNG (with legend), GEXF and GraphML of what is shown. */
import { app, runtime, toast } from '../../core/app/state.ts';
import { download, exportGraph, renderPng, toGexf, toGraphml } from '../../core/export/index.ts';
import { nl } from '../../i18n/nl.ts';
import { legendSections } from '../../panels/legend-model.ts';

function baseName(): string {
  const date = new Date().toISOString().slice(0, 10);
  const wijk = app.get().view.filters.gebied[0];
  const name = wijk && runtime.catalog.hasNode(wijk) ? String(runtime.catalog.getNodeAttribute(wijk, 'name')) : 'haarlem';
  return `wijknetwerk-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${date}`;
}

function title(): string {
  const wijk = app.get().view.filters.gebied[0];
  const where = wijk && runtime.catalog.hasNode(wijk) ? String(runtime.catalog.getNodeAttribute(wijk, 'name')) : nl.app.subtitle;
  return `${nl.app.title} — ${where} — ${nl.app.counts(runtime.render.order, runtime.render.size)}`;
}

export async function exportPng(scale = 2): Promise<void> {
  if (!runtime.sigma) return;
  toast(nl.exportStatus.busy);
  const blob = await renderPng(runtime.sigma, legendSections(app.get()), title(), scale);
  download(blob, `${baseName()}.png`);
  toast(nl.exportStatus.done);
}

export function exportGexf(): void {
  download(new Blob([toGexf(exportGraph(runtime.data, runtime.render))], { type: 'application/gexf+xml' }), `${baseName()}.gexf`);
}

export function exportGraphml(): void {
  download(new Blob([toGraphml(exportGraph(runtime.data, runtime.render))], { type: 'application/graphml+xml' }), `${baseName()}.graphml`);
}
