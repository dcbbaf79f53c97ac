/** The report library: every `.cypher` file in `cypher/reports/`, read once. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ReportDefinition } from '../../model/wire/reports.ts';
import { parseReportFile } from './report-file.ts';

export const REPORTS_DIR = fileURLToPath(new URL('../../../cypher/reports/', import.meta.url));

let cached: Map<string, ReportDefinition> | undefined;

export function loadReports(directory = REPORTS_DIR): Map<string, ReportDefinition> {
  const reports = new Map<string, ReportDefinition>();
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.cypher')).sort()) {
    const id = file.slice(0, -'.cypher'.length);
    reports.set(id, parseReportFile(id, readFileSync(`${directory}/${file}`, 'utf8')));
  }
  return reports;
}

export function reportLibrary(): Map<string, ReportDefinition> {
  return (cached ??= loadReports());
}

/** What GET /api/reports shows of a report: everything but the query text is optional to show. */
export function describeReport(report: ReportDefinition): ReportDefinition {
  return { id: report.id, title: report.title, group: report.group, description: report.description, params: report.params, columns: report.columns, cypher: report.cypher };
}
