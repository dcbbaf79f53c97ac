/**
 * Bringing a network in from a file: an Excel workbook with a sheet per kind,
 * a CSV of one kind, or a GEXF/GraphML graph. The file's name picks the way.
 */
import { useState } from 'react';
import type { GraphFormat } from '../../../../server/model/wire/import.ts';
import { TEMPLATE_WORKBOOK_URL } from '../../../core/api/invoer.ts';
import { nl } from '../../../i18n/nl.ts';
import { CsvImport } from './CsvImport.tsx';
import { GraphImport } from './GraphImport.tsx';
import { WorkbookImport } from './WorkbookImport.tsx';

type FileFormat = 'xlsx' | 'csv' | GraphFormat;
const t = nl.invoer.file;
const ACCEPT = '.xlsx,.csv,.txt,.tsv,.gexf,.graphml';

function formatOf(file: File): FileFormat {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return 'xlsx';
  if (name.endsWith('.gexf')) return 'gexf';
  if (name.endsWith('.graphml')) return 'graphml';
  return 'csv';
}

export function FileImport() {
  const [file, setFile] = useState<File | null>(null);
  const [over, setOver] = useState(false);
  const choose = (chosen: File | undefined) => chosen && setFile(chosen);
  const format = file && formatOf(file);

  return (
    <section className="card" aria-labelledby="import-titel">
      <h2 id="import-titel">{t.title}</h2>
      <p className="intro">{t.intro}</p>
      <p className="templates">
        <a className="template-link" href={TEMPLATE_WORKBOOK_URL} download>{t.template}</a>
        <span className="hint">{t.templateHint}</span>
      </p>
      <div
        className={`dropzone${over ? ' over' : ''}`}
        onDragOver={(event) => (event.preventDefault(), setOver(true))}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => (event.preventDefault(), setOver(false), choose(event.dataTransfer.files[0]))}
      >
        <label className="file-button">
          {t.choose}
          <input
            type="file"
            accept={ACCEPT}
            aria-label={t.fileLabel}
            onChange={(event) => {
              // A new File each time: choosing the same (corrected) file again reads it again.
              choose(event.target.files?.[0]);
              event.target.value = '';
            }}
          />
        </label>
        <span>{file ? <>{t.chosen} <span className="file-name" data-testid="file-name">{file.name}</span></> : t.drop}</span>
      </div>
      {file && format === 'xlsx' && <WorkbookImport file={file} />}
      {file && format === 'csv' && <CsvImport file={file} />}
      {file && (format === 'gexf' || format === 'graphml') && <GraphImport file={file} format={format} />}
    </section>
  );
}
