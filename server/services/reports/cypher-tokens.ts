/**
 * A small Cypher lexer: enough to tell code from string literals, quoted
 * identifiers and comments, so that checks and rewrites never look inside a
 * string. It does not parse Cypher.
 */
export type CypherToken = { kind: 'code' | 'string' | 'identifier' | 'comment'; text: string };

export function tokenize(cypher: string): CypherToken[] {
  const tokens: CypherToken[] = [];
  let code = '';
  let index = 0;
  const flush = () => {
    if (code) tokens.push({ kind: 'code', text: code });
    code = '';
  };
  while (index < cypher.length) {
    const char = cypher[index]!;
    const next = cypher[index + 1];
    if (char === '/' && next === '/') {
      flush();
      const end = cypher.indexOf('\n', index);
      const stop = end < 0 ? cypher.length : end;
      tokens.push({ kind: 'comment', text: cypher.slice(index, stop) });
      index = stop;
    } else if (char === '/' && next === '*') {
      flush();
      const end = cypher.indexOf('*/', index + 2);
      const stop = end < 0 ? cypher.length : end + 2;
      tokens.push({ kind: 'comment', text: cypher.slice(index, stop) });
      index = stop;
    } else if (char === "'" || char === '"' || char === '`') {
      flush();
      let stop = index + 1;
      while (stop < cypher.length) {
        if (cypher[stop] === '\\' && char !== '`') stop += 2;
        else if (cypher[stop] === char) {
          // A doubled quote inside a literal stands for the quote itself.
          if (cypher[stop + 1] === char) stop += 2;
          else break;
        } else stop += 1;
      }
      stop = Math.min(stop + 1, cypher.length);
      tokens.push({ kind: char === '`' ? 'identifier' : 'string', text: cypher.slice(index, stop) });
      index = stop;
    } else {
      code += char;
      index += 1;
    }
  }
  flush();
  return tokens;
}

/** Words of the code parts, upper-cased, with their position in the query. */
export function codeWords(cypher: string): { word: string; offset: number }[] {
  const words: { word: string; offset: number }[] = [];
  let offset = 0;
  for (const token of tokenize(cypher)) {
    if (token.kind === 'code') {
      for (const match of token.text.matchAll(/[A-Za-z_][A-Za-z0-9_.]*/g)) words.push({ word: match[0].toUpperCase(), offset: offset + match.index });
    }
    offset += token.text.length;
  }
  return words;
}
