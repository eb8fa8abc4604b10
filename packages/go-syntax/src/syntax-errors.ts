import type { GoNode } from './go-node.ts';

/** A syntax error found by tree-sitter's error recovery, phrased as Go's parser phrases them. */
export interface SyntaxProblem {
  /** UTF-16 offset where the problem starts. */
  readonly offset: number;
  /** `syntax error: unexpected …` or `syntax error: missing …`. */
  readonly message: string;
}

/**
 * Collects the syntax errors in a tree that tree-sitter recovered from: an ERROR node is
 * input the grammar could not place ("unexpected X"), a MISSING node a token it had to
 * invent ("missing X"). Only the outermost ERROR of a nest is reported, as a compiler
 * reports the first error of a region.
 */
export function collectSyntaxProblems(root: GoNode, source: string): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  root.walk((node) => {
    if (node.type === 'ERROR') {
      problems.push({ offset: node.start, message: unexpectedMessage(node) });
      return false;
    }
    if (node.missing) {
      problems.push(missingMessage(source, node));
    }
    return true;
  });
  return newWithExpression(
    source,
    problems.sort((a, b) => a.offset - b.offset),
  );
}

/**
 * tree-sitter-go 0.25 reads `new(` as taking a type, so Go 1.26's `new(expr)` fails to parse
 * in some places (inside an if block, `new(int64(400))`). Such a problem says so instead of
 * naming a token, and the problems after it on the same line, which follow from it, go.
 */
function newWithExpression(source: string, problems: SyntaxProblem[]): SyntaxProblem[] {
  const out: SyntaxProblem[] = [];
  let skipLineFrom = -1;
  for (const p of problems) {
    const lineStart = source.lastIndexOf('\n', p.offset - 1) + 1;
    if (lineStart === skipLineFrom) {
      continue;
    }
    const at = unclosedNewCall(source, lineStart, p.offset);
    if (at === undefined) {
      out.push(p);
      continue;
    }
    skipLineFrom = lineStart;
    out.push({
      offset: at,
      message:
        'not supported yet: new with an expression argument (Go 1.26 new(expr)); ' +
        "mapscope's Go grammar reads new(T) with a type only",
    });
  }
  return out;
}

/** The offset of `new` when `offset` is inside a `new(` of the same line that is not closed. */
function unclosedNewCall(source: string, lineStart: number, offset: number): number | undefined {
  let depth = 0;
  for (let i = offset - 1; i >= lineStart; i--) {
    const c = source[i];
    if (c === ')') {
      depth++;
    } else if (c === '(' && depth > 0) {
      depth--;
    } else if (c === '(') {
      const callee = /\bnew\s*$/.exec(source.slice(lineStart, i));
      if (callee !== null) {
        return lineStart + callee.index;
      }
    }
  }
  return undefined;
}

/**
 * tree-sitter invented a token to go on; Go reports the token it found instead, where it
 * found it: "syntax error: unexpected }, expecting expression".
 */
function missingMessage(source: string, missing: GoNode): SyntaxProblem {
  const next = /\S/.exec(source.slice(missing.end));
  if (next === null) {
    return {
      offset: missing.end,
      message: `syntax error: unexpected EOF, expecting ${expecting(missing)}`,
    };
  }
  const offset = missing.end + next.index;
  const token =
    /^(?:[\p{L}_][\p{L}\p{N}_]*|\d[\w.]*|"(?:[^"\\\n]|\\.)*"?|`[^`]*`?|\S)/u.exec(
      source.slice(offset),
    )?.[0] ?? '';
  return {
    offset,
    message: `syntax error: unexpected ${describeToken(token)}, expecting ${expecting(missing)}`,
  };
}

function expecting(missing: GoNode): string {
  if (!missing.named) {
    return missing.type;
  }
  return missing.type === 'identifier' ? 'expression' : missing.type.replaceAll('_', ' ');
}

const KEYWORDS = new Set([
  'break',
  'case',
  'chan',
  'const',
  'continue',
  'default',
  'defer',
  'else',
  'fallthrough',
  'for',
  'func',
  'go',
  'goto',
  'if',
  'import',
  'interface',
  'map',
  'package',
  'range',
  'return',
  'select',
  'struct',
  'switch',
  'type',
  'var',
]);

function describeToken(token: string): string {
  if (KEYWORDS.has(token)) {
    return `keyword ${token}`;
  }
  if (/^[\p{L}_]/u.test(token)) {
    return `name ${token}`;
  }
  if (/^[\d"`']/.test(token)) {
    return `literal ${token}`;
  }
  return token;
}

function unexpectedMessage(error: GoNode): string {
  const first = firstToken(error);
  if (first === undefined) {
    return 'syntax error: unexpected end of file';
  }
  return `syntax error: unexpected ${describe(first)}`;
}

function firstToken(node: GoNode): GoNode | undefined {
  let n: GoNode | undefined = node;
  while (n !== undefined && n.children.length > 0) {
    n = n.children.find((c) => c.type !== 'comment');
  }
  return n === node ? undefined : n;
}

function describe(node: GoNode): string {
  if (!node.named) {
    return node.type === '\n' ? 'newline' : node.type;
  }
  if (node.missing) {
    return node.type;
  }
  const text = node.text;
  switch (node.type) {
    case 'identifier':
    case 'field_identifier':
    case 'type_identifier':
    case 'package_identifier':
      return `name ${text}`;
    case 'int_literal':
    case 'float_literal':
    case 'imaginary_literal':
    case 'rune_literal':
    case 'interpreted_string_literal':
    case 'raw_string_literal':
      return `literal ${text.length > 20 ? text.slice(0, 20) + '…' : text}`;
    default:
      return text.length > 0 && text.length <= 20 ? text : node.type.replaceAll('_', ' ');
  }
}
