/** The Invoer screen's calls: file imports, the sneeuwbal interview, team inventories and merges. */
import type { CellEdit, CsvImportKind, CsvPreview, GraphFormat, GraphImportReport, ImportKind, ImportReport, WorkbookReport } from '../../../server/model/wire/import.ts';
import type { NodeKind } from '../../../server/model/index.ts';
import type { DuplicateCandidate, InterviewResult, InventoryView, MergeRecord, Suggestion, TodoItem } from '../../../server/model/wire/intake.ts';
import { queryString, request } from './http.ts';

/** An import report with rejected lines comes back as 422: a normal answer for this screen. */
const REPORT = { accept: [422] } as const;

function upload(file: File, fields: Record<string, string | undefined>): FormData {
  const form = new FormData();
  form.set('file', file);
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.set(name, value);
  return form;
}

export interface ImportChoice {
  dryRun: boolean;
  edits?: readonly CellEdit[];
  /** Write the good lines and hand back the rejected ones, instead of all or nothing. */
  onlyGoodLines?: boolean;
}

const choiceFields = ({ dryRun, edits, onlyGoodLines }: ImportChoice) => ({
  dryRun: String(dryRun),
  edits: edits?.length ? JSON.stringify(edits) : undefined,
  onlyGoodLines: onlyGoodLines ? 'true' : undefined,
});

export const invoerApi = {
  previewCsv: (file: File, kind: CsvImportKind) => request<CsvPreview>('POST', '/import/preview', upload(file, { kind })),
  importCsv: (file: File, kind: CsvImportKind, mapping: readonly string[], choice: ImportChoice) =>
    request<ImportReport>('POST', `/import/${kind}`, upload(file, { mapping: JSON.stringify(mapping), ...choiceFields(choice) }), REPORT),
  importWorkbook: (file: File, choice: ImportChoice) => request<WorkbookReport>('POST', '/import/xlsx', upload(file, choiceFields(choice)), REPORT),
  importGraph: (file: File, format: GraphFormat, dryRun: boolean) => request<GraphImportReport>('POST', `/import/${format}`, upload(file, { dryRun: String(dryRun) }), REPORT),


  /** One page of the nodes of a kind, as this account may see them. */
  nodes: <T>(kind: NodeKind, offset: number, limit = 1000) => request<{ items: T[]; total: number }>('GET', `/nodes${queryString({ kind, offset, limit })}`),
  suggest: (name: string, gebied?: string) => request<Suggestion[]>('GET', `/intake/suggest${queryString({ name, gebied })}`),
  todo: (gebied?: string) => request<TodoItem[]>('GET', `/intake/todo${queryString({ gebied })}`),
  markSpoken: (todoId: string) => request<TodoItem>('POST', `/intake/todo/${encodeURIComponent(todoId)}`, { done: true }),
  recordInterview: (interview: unknown) => request<InterviewResult>('POST', '/intake/interview', interview),
  inventory: (wijkteamId: string) => request<InventoryView>('GET', `/intake/inventaris/${encodeURIComponent(wijkteamId)}`),
  recordInventory: (wijkteamId: string, memberId: string, contacts: readonly string[]) => request<InventoryView>('PUT', `/intake/inventaris/${encodeURIComponent(wijkteamId)}`, { memberId, contacts }),
  mergeCandidates: () => request<DuplicateCandidate[]>('GET', '/merge/candidates'),
  merges: () => request<MergeRecord[]>('GET', '/merge'),
  merge: (keepId: string, dropId: string) => request<MergeRecord>('POST', '/merge', { keepId, dropId }),
  undoMerge: (mergeId: string) => request<MergeRecord>('POST', `/merge/${encodeURIComponent(mergeId)}/undo`),
};

/** Where the templates are downloaded: one workbook with a sheet per kind, or a CSV per kind. */
export const TEMPLATE_WORKBOOK_URL = '/api/import/template.xlsx';
export const templateCsvUrl = (kind: ImportKind) => `/api/import/template/${kind}.csv`;
