/**
 * One parameter of a report in its form. A parameter of a node kind is a
 * picker: typing searches the names the account may see (GET /api/nodes), and
 * a picked name is sent as its id; a name that is not picked goes as typed, so
 * the server can name it in its 404. Other types are plain fields.
 */
import { useEffect, useId, useState } from 'react';
import { NODE_KINDS, type NodeKind } from '../../../server/model/index.ts';
import type { ReportParam } from '../../../server/model/wire/reports.ts';
import { consoleApi } from '../../core/api/console.ts';
import { nl } from '../../i18n/nl.ts';

const words = nl.console.param;

export interface ParamValue {
  /** What the field shows. */
  text: string;
  /** The id of the picked node, when one was picked. */
  id?: string;
}

const isNodeKind = (type: string): type is NodeKind => (NODE_KINDS as readonly string[]).includes(type);

/** What the report runs with: the picked id, else the text (a number for an int). */
export function paramValue(param: ReportParam, value: ParamValue | undefined): unknown {
  if (param.type === 'int') return value?.text ?? '';
  return value?.id ?? value?.text ?? '';
}

export function ParamField({ param, value, onChange }: { param: ReportParam; value: ParamValue | undefined; onChange(next: ParamValue): void }) {
  const listId = useId();
  const kind = isNodeKind(param.type) ? param.type : undefined;
  const [options, setOptions] = useState<{ id: string; name: string }[]>([]);
  const text = value?.text ?? '';
  useEffect(() => {
    if (!kind) return;
    let current = true;
    const timer = setTimeout(() => {
      consoleApi.nodes(kind, text, 20).then(
        (page) => current && setOptions(page.items.map((node) => ({ id: node.id, name: node.name }))),
        () => current && setOptions([]),
      );
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [kind, text]);
  const typeLabel = kind ? nl.kinds[kind] : (words.types[param.type] ?? param.type);
  const placeholder = kind ? words.pick(nl.kinds[kind]) : param.type === 'date' ? words.datePlaceholder : param.type === 'periode' ? words.periodePlaceholder : param.default === '' ? words.emptyIsAll : '';
  return (
    <label>
      <span>
        {param.name} <em>({typeLabel})</em>
      </span>
      <input
        name={param.name}
        type={param.type === 'int' ? 'number' : 'text'}
        list={kind ? listId : undefined}
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          const typed = event.target.value;
          onChange({ text: typed, id: options.find((option) => option.name === typed)?.id });
        }}
      />
      {kind && (
        <datalist id={listId} data-testid={`options-${param.name}`}>
          {options.map((option) => (
            <option key={option.id} value={option.name} />
          ))}
        </datalist>
      )}
    </label>
  );
}
