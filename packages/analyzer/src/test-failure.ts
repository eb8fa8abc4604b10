import { callee, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import { typeString } from './go-types.ts';
import type { Scopes } from './scope.ts';
import type { Typer } from './type-of.ts';

/** Calls that fail a test: `t.Fatal…`, `t.Error…`, `t.Fail…`, `require.Fail…`, `assert.Fail…`. */
const FAILS_TEST = /^(?:Fatal|Fatalf|Error|Errorf|Fail|FailNow|Failf|FailNowf)$/;

/**
 * Whether `part` (a statement or an expression) is a call that fails the test: a path through
 * it is not one a passing run takes. The test's T (or B, TB, F), or testify's require and
 * assert, told from a logger's `Error` by the receiver's type.
 */
export function failsTest(part: GoNode, scopes: Scopes, typer: Typer): boolean {
  const e = part.type === 'expression_statement' ? unparen(part.namedChildren[0]) : part;
  const c = e?.type === 'call_expression' ? callee(e) : undefined;
  const q = c?.qualifier;
  if (c === undefined || q === undefined || !FAILS_TEST.test(c.name)) {
    return false;
  }
  if (q.type === 'identifier' && (q.text === 'require' || q.text === 'assert')) {
    return scopes.resolve(q) === undefined;
  }
  const t = typeString(typer.typeOf(q));
  return /\btesting\.(?:T|B|TB|F)$|\b(?:require|assert)\.Assertions$/.test(t);
}
