import { callee, unparen } from '@mapscope/go-syntax';
import type { GoNode } from '@mapscope/go-syntax';
import { typeString } from './go-types.ts';
import type { Scopes } from './scope.ts';
import type { Typer } from './type-of.ts';

/**
 * Calls that fail a test: `t.Fatal…`, `t.Error…`, `t.Fail…`, `require.Fail…`, `assert.Fail…`,
 * and Ginkgo's `Fail`.
 */
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
  if (c === undefined || !FAILS_TEST.test(c.name)) {
    return false;
  }
  if (q === undefined) {
    // Ginkgo's `Fail("…")`, its package imported with a dot.
    const fn = e?.child('function');
    return (
      c.name === 'Fail' &&
      fn?.type === 'identifier' &&
      scopes.resolve(fn) === undefined &&
      dotGinkgo(fn)
    );
  }
  if (q.type === 'identifier' && q.text === 'ginkgo' && c.name === 'Fail') {
    return scopes.resolve(q) === undefined;
  }
  if (q.type === 'identifier' && (q.text === 'require' || q.text === 'assert')) {
    return scopes.resolve(q) === undefined;
  }
  const t = typeString(typer.typeOf(q));
  return /\btesting\.(?:T|B|TB|F)$|\b(?:require|assert)\.Assertions$/.test(t);
}

const ginkgoFiles = new WeakMap<GoNode, boolean>();

/** Whether the file holding `n` imports Ginkgo (v1 or v2) with a dot. */
function dotGinkgo(n: GoNode): boolean {
  let root = n;
  while (root.parent !== undefined) {
    root = root.parent;
  }
  let found = ginkgoFiles.get(root);
  if (found === undefined) {
    found = root.namedChildren.some(
      (d) =>
        d.type === 'import_declaration' &&
        d.namedChildren
          .flatMap((c) => (c.type === 'import_spec_list' ? c.namedChildren : [c]))
          .some(
            (spec) =>
              spec.child('name')?.text === '.' &&
              /^"github\.com\/onsi\/ginkgo(?:\/v2)?"$/.test(spec.child('path')?.text ?? ''),
          ),
    );
    ginkgoFiles.set(root, found);
  }
  return found;
}
