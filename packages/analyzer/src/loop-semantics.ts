import { compareGoVersions, unparen } from '@mapscope/go-syntax';
import type { EffectiveGoVersion, GoNode } from '@mapscope/go-syntax';
import type { Binding, Scopes } from './scope.ts';

/**
 * Whether a file's `for` and `range` clauses declare a fresh variable per iteration: true
 * from go1.22 (go.dev/issue/60078; Go: cmd/compile/internal/loopvar). Before go1.22, and
 * when the version is unknown (vet's loopclosure errs the same way), one variable serves
 * the whole loop.
 */
export function perIteration(version: EffectiveGoVersion): boolean {
  return version.version !== undefined && compareGoVersions(version.version, 'go1.22') >= 0;
}

/**
 * The loop whose own variable (a range key, a counter) picks `value` (`xs[i]`), when `b`, the
 * variable holding it, is declared inside that loop: each pass holds another element.
 */
export function loopPicking(value: GoNode, b: Binding, scopes: Scopes): GoNode | undefined {
  const e = unparen(value);
  const i = e?.type === 'index_expression' ? unparen(e.child('index')) : undefined;
  const key = i?.type === 'identifier' ? scopes.resolve(i) : undefined;
  const loop = key?.loop;
  return loop !== undefined &&
    (key?.rangeOf === undefined || key.rangeOf.index === 0) &&
    b.ident.fileText === loop.fileText &&
    loop.contains(b.ident)
    ? loop
    : undefined;
}
