import { callArguments, callee, unparen } from '@mapscope/go-syntax';
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
  if (c === undefined) {
    return false;
  }
  if (!FAILS_TEST.test(c.name)) {
    return e !== undefined && assertsDoneContext(e, c.name);
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

/** Where the first statement of `list` that fails the test starts (Infinity: none). */
export function firstFailure(list: GoNode, scopes: Scopes, typer: Typer): number {
  return list.namedChildren.find((s) => failsTest(s, scopes, typer))?.start ?? Infinity;
}

const ginkgoFiles = new WeakMap<GoNode, boolean>();

/** Whether the file holding `n` imports Ginkgo (any major version, or a fork such as bsm/ginkgo) with a dot. */
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
              /\/ginkgo(?:\/v\d+)?"$/.test(spec.child('path')?.text ?? ''),
          ),
    );
    ginkgoFiles.set(root, found);
  }
  return found;
}

/**
 * `case <-ctx.Done(): s.NoError(ctx.Err())`: after Done, Err is not nil, so an assertion that
 * it is (testify's NoError or Nil, on a suite, require, assert or their Assertions) fails.
 */
function assertsDoneContext(call: GoNode, name: string): boolean {
  if (name !== 'NoError' && name !== 'Nil') {
    return false;
  }
  const err = callArguments(call)
    .map((a) => unparen(a))
    .find((a) => a?.type === 'call_expression' && callee(a)?.name === 'Err');
  const ctx = err === undefined ? undefined : callee(err)?.qualifier?.text;
  let c: GoNode | undefined = call.parent;
  while (c !== undefined && c.type !== 'communication_case' && c.type !== 'func_literal') {
    c = c.parent;
  }
  const received = c?.type === 'communication_case' ? c.child('communication') : undefined;
  let done = false;
  received?.walk((n) => {
    const d = n.type === 'call_expression' ? callee(n) : undefined;
    done ||= ctx !== undefined && d?.name === 'Done' && d.qualifier?.text === ctx;
    return !done;
  });
  return done;
}
