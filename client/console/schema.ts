/** What the editor completes: Cypher keywords and the model's labels, relationship types and properties. */
import { NODE_KINDS, NODE_LABEL, NODE_PROPERTIES } from '../../server/model/nodes.ts';
import { TIE_PROPERTIES, TIE_TYPES } from '../../server/model/ties.ts';

export const KEYWORDS = ['MATCH', 'OPTIONAL MATCH', 'WHERE', 'RETURN', 'WITH', 'ORDER BY', 'LIMIT', 'SKIP', 'DISTINCT', 'UNWIND', 'AS', 'AND', 'OR', 'NOT', 'IN', 'IS NULL', 'IS NOT NULL', 'STARTS WITH', 'CONTAINS', 'EXISTS', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'count', 'collect', 'sum', 'min', 'max', 'avg', 'coalesce', 'size', 'toLower'];
export const LABELS = NODE_KINDS.map((kind) => NODE_LABEL[kind]);
export const REL_TYPES = [...TIE_TYPES];
export const PROPERTIES = [...new Set(['id', ...NODE_PROPERTIES, ...TIE_PROPERTIES])];

/** Suggestions for the word before the cursor: after `:` labels and types, after `.` properties, else keywords. */
export function suggestions(text: string, cursor: number): { from: number; items: string[] } {
  const before = text.slice(0, cursor);
  const word = /[A-Za-z_]*$/.exec(before)![0];
  const from = cursor - word.length;
  const trigger = before[from - 1];
  const pool = trigger === ':' ? (/\[[^\]]*$/.test(before) ? REL_TYPES : LABELS) : trigger === '.' ? PROPERTIES : [...KEYWORDS, ...LABELS];
  const lower = word.toLowerCase();
  return { from, items: pool.filter((item) => item.toLowerCase().startsWith(lower)).slice(0, 12) };
}

/** A light highlighter for the editor overlay: keywords, strings, comments, parameters, labels. */
export function highlight(text: string): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const keyword = new RegExp(`\\b(${['MATCH', 'OPTIONAL', 'WHERE', 'RETURN', 'WITH', 'ORDER', 'BY', 'LIMIT', 'SKIP', 'DISTINCT', 'UNWIND', 'AS', 'AND', 'OR', 'NOT', 'IN', 'IS', 'NULL', 'STARTS', 'CONTAINS', 'EXISTS', 'CASE', 'WHEN', 'THEN', 'ELSE', 'END', 'UNION', 'ALL', 'CALL', 'DESC', 'ASC'].join('|')})\\b`, 'gi');
  const token = /(\/\/[^\n]*|'(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?|\$[A-Za-z_][A-Za-z0-9_]*|:[A-Za-z_][A-Za-z0-9_]*)/g;
  let out = '';
  let last = 0;
  for (const match of text.matchAll(token)) {
    out += escape(text.slice(last, match.index)).replace(keyword, '<b class="kw">$1</b>');
    const value = match[0];
    const cls = value.startsWith('//') ? 'cm' : value.startsWith('$') ? 'pa' : value.startsWith(':') ? 'lb' : 'st';
    out += `<span class="${cls}">${escape(value)}</span>`;
    last = match.index + value.length;
  }
  out += escape(text.slice(last)).replace(keyword, '<b class="kw">$1</b>');
  return `${out}\n`;
}
