/**
 * The console's Cypher editor: Neo4j's CodeMirror 6 editor
 * (`@neo4j-cypher/react-codemirror`) with syntax highlighting and completion
 * of the model's labels, relationship types, property keys, functions and
 * parameters. Marks come from Neo4j's current linter against the model's
 * schema (`lint.ts`), not the editor's older one, and the server's error is
 * marked at its position until the text changes. Completion opens by itself after
 * `:`, `.`, `$`, `(`, `[` and `{`, and on Ctrl+Space; Ctrl/Cmd+Enter runs.
 */
import { CypherEditor as NeoCypherEditor } from '@neo4j-cypher/react-codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { Prec } from '@codemirror/state';
import { forceLinting, linter } from '@codemirror/lint';
import { EditorView, ViewPlugin, keymap } from '@codemirror/view';
import { useEffect, useMemo, useRef } from 'react';
import type { QueryErrorPosition } from '../../../server/model/wire/reports.ts';
import type { EditorSchema } from './schema.ts';

/** An error the server answered for this text, at this place. */
export interface ServerError {
  text: string;
  position: QueryErrorPosition;
  message: string;
}

export interface CypherEditorProps {
  value: string;
  onChange(value: string): void;
  /** Runs the query; called with the editor's current text (Ctrl/Cmd+Enter). */
  run(value: string): void;
  schema: EditorSchema;
  /** The server's error for the text it ran, marked while the text is unchanged. */
  serverError?: ServerError | null;
  label?: string;
}

/** Line numbers as numbers, also for a one-line query (the editor's default shows `$` there). */
const lineNumber = (line: number) => String(line);

/** Neo4j's linter is large: loaded apart, so the editor is there before it. */
let linting: Promise<typeof import('./lint.ts')> | undefined;
const loadLint = () => (linting ??= import('./lint.ts'));

export function CypherEditor({ value, onChange, run, schema, serverError = null, label = 'Cypher-query' }: CypherEditorProps) {
  const lintRef = useRef({ parameters: schema.parameters, serverError });
  lintRef.current = { parameters: schema.parameters, serverError };
  const viewRef = useRef<EditorView | null>(null);
  useEffect(() => {
    if (viewRef.current) forceLinting(viewRef.current);
  }, [serverError, schema.parameters]);
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
      linter(
        async (view) => {
          const { lintQuery, serverDiagnostic } = await loadLint();
          const text = view.state.doc.toString();
          const { parameters, serverError: error } = lintRef.current;
          const marks = lintQuery(text, parameters);
          if (error && error.text === text && !marks.some((mark) => mark.severity === 'error')) marks.push(serverDiagnostic(text, error.position, error.message));
          return marks;
        },
        { delay: 300 },
      ),
      ViewPlugin.define((view) => {
        viewRef.current = view;
        return { destroy: () => void (viewRef.current === view && (viewRef.current = null)) };
      }),
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
      lint={false}
      autofocus={false}
      lineNumberFormatter={lineNumber}
      lineWrapping
      cursorWide={false}
      theme="light"
      preExtensions={extensions}
    />
  );
}
