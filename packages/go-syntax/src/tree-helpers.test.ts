import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GoNode } from './go-node.ts';
import { createNodeGoParser } from './node/index.ts';
import type { GoParser } from './parser.ts';
import { callArguments, callee, functionsIn, unparen } from './tree-helpers.ts';

const SOURCE =
  'package p\n\nfunc (t T) m() {}\n\nfunc f() {\n\tgo func() { os.Exit((1)) }()\n\tclose(ch)\n\tx.y.Z(a, b)\n}\n';

let parser: GoParser;
let root: GoNode;
beforeAll(async () => {
  parser = await createNodeGoParser();
  root = tree(SOURCE);
});
afterAll(() => {
  parser.dispose();
});

function tree(src: string): GoNode {
  const file = parser.parse('x.go', src);
  const root = file.tree;
  return root;
}

function calls(root: GoNode): GoNode[] {
  const out: GoNode[] = [];
  root.walk((n) => {
    if (n.type === 'call_expression') {
      out.push(n);
    }
    return true;
  });
  return out;
}

describe('tree helpers', () => {
  it('lists functions outermost first', () => {
    expect(functionsIn(root).map((f) => f.type)).toEqual([
      'method_declaration',
      'function_declaration',
      'func_literal',
    ]);
  });

  it('names callees and their qualifiers', () => {
    expect(
      calls(root).map((c) => {
        const k = callee(c);
        return [k?.name, k?.qualifier?.text, callArguments(c).map((a) => a.text)];
      }),
    ).toEqual([
      [undefined, undefined, []],
      ['Exit', 'os', ['(1)']],
      ['close', undefined, ['ch']],
      ['Z', 'x.y', ['a', 'b']],
    ]);
  });

  it('removes parentheses', () => {
    const exit = calls(root)[1]!;
    expect(unparen(callArguments(exit)[0])?.text).toBe('1');
  });
});
