/**
 * The console's Cypher editor: Neo4j's CodeMirror 6 editor
 * (`@neo4j-cypher/react-codemirror`) with syntax highlighting, parse-error
 * lint markers and completion of the model's labels, relationship types,
 * property keys, functions and parameters. Completion opens by itself after
 * `:`, `.`, `$`, `(`, `[` and `{`, and on Ctrl+Space; Ctrl/Cmd+Enter runs.
 */
import { CypherEditor as NeoCypherEditor } from '@neo4j-cypher/react-codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { Prec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { useMemo, useRef } from 'react';
import type { EditorSchema } from './schema.ts';

export interface CypherEditorProps {
  value: string;
  onChange(value: string): void;
  /** Runs the query; called with the editor's current text (Ctrl/Cmd+Enter). */
  run(value: string): void;
  schema: EditorSchema;
  label?: string;
}

/** Line numbers as numbers, also for a one-line query (the editor's default shows `$` there). */
const lineNumber = (line: number) => String(line);

export function CypherEditor({ value, onChange, run, schema, label = 'Cypher-query' }: CypherEditorProps) {
  const runRef = useRef(run);
  runRef.current = run;
  // Stable extensions: the editor reconfigures whenever this array changes.
  const extensions = useMemo(
    () => [
      // Above the default keymap, which binds Mod-Enter to "insert blank line".
      Prec.highest(
        keymap.of([
          {
            key: 'Mod-Enter',
            preventDefault: true,
            run: (view) => {
              runRef.current(view.state.doc.toString());
              return true;
            },
          },
        ]),
      ),
      EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true', spellcheck: 'false' }),
    ],
    [label],
  );

  return (
    <NeoCypherEditor
      className="cypher-editor"
      focusedClassName="focused"
      value={value}
      onValueChanged={(next: string) => onChange(next)}
      schema={schema}
      lint
      autofocus={false}
      lineNumberFormatter={lineNumber}
      lineWrapping
      cursorWide={false}
      theme="light"
      preExtensions={extensions}
    />
  );
}
