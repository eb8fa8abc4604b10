import type { GoNode, GoParser } from '@mapscope/go-syntax';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlowGraph } from './control-flow.ts';

let parser: GoParser;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

/** The graph of `func f()` with `body`, and the statements whose line holds `// <mark>`. */
function parse(body: string): { graph: FlowGraph; marked: (mark: string) => GoNode } {
  const source = `package p\n\nfunc f() {\n${body}\n}\n`;
  const file = parser.parse('x.go', source);
  const root = file.tree;
  let fn: GoNode | undefined;
  root.walk((n) => {
    fn ??= n.type === 'function_declaration' ? n : undefined;
    return fn === undefined;
  });
  if (fn === undefined) {
    throw new Error('no function');
  }
  const graph = FlowGraph.of(fn);
  const marked = (mark: string): GoNode => {
    const at = source.indexOf(`// ${mark}`);
    const lineStart = source.lastIndexOf('\n', at) + 1;
    const stmt = graph.steps.find(
      (s) => s.node !== undefined && s.node.start >= lineStart && s.node.start < at,
    );
    if (stmt?.node === undefined) {
      throw new Error(`nothing marked ${mark}`);
    }
    return stmt.node;
  };
  return { graph, marked };
}

/**
 * Whether the function can return from the statement marked `start` without passing the
 * statement (or case) marked `avoid`.
 */
function returnsAvoiding(body: string): boolean {
  const { graph, marked } = parse(body);
  const from = graph.stepOf(marked('start'));
  const avoid = marked('avoid');
  if (from === undefined) {
    throw new Error('no step for start');
  }
  const path = graph.findPath(
    from.succs,
    (s) => s === graph.exit,
    (s) => s.node === avoid,
  );
  return path !== undefined;
}

describe('FlowGraph paths to the exit', () => {
  it.each([
    ['a statement every path runs', 'a() // start\nb() // avoid\nreturn', false],
    ['an early return before it', 'a() // start\nif x {\nreturn\n}\nb() // avoid', true],
    ['both branches reach it', 'a() // start\nif x {\nc()\n} else {\nd()\n}\nb() // avoid', false],
    [
      'a select case that returns',
      'a() // start\nselect {\ncase v := <-ch: // avoid\n_ = v\ncase <-done:\nreturn\n}\nb()',
      true,
    ],
    [
      'a select whose only case is it',
      'a() // start\nselect {\ncase <-ch: // avoid\n}\nb()',
      false,
    ],
    ['an endless loop around it', 'a() // start\nfor {\nb() // avoid\n}', false],
    [
      'an endless loop left by break first',
      'a() // start\nfor {\nif x {\nbreak\n}\nb() // avoid\n}',
      true,
    ],
    [
      'a counted loop: taken to run once',
      'a() // start\nfor i := 0; i < n; i++ {\nb() // avoid\n}',
      false,
    ],
    ['a panic instead of a return', 'a() // start\nif x {\npanic(1)\n}\nb() // avoid', false],
    ['t.Fatal instead of a return', 'a() // start\nif x {\nt.Fatal(1)\n}\nb() // avoid', false],
    ['a switch without default', 'a() // start\nswitch x {\ncase 1:\nb() // avoid\n}', true],
    [
      'a switch with default',
      'a() // start\nswitch x {\ncase 1:\nb() // avoid\ndefault:\nb()\n}',
      true,
    ],
    [
      'fallthrough into it',
      'a() // start\nswitch x {\ncase 1:\nfallthrough\ncase 2:\nb() // avoid\ndefault:\nreturn\n}',
      true,
    ],
    ['a goto past it', 'a() // start\ngoto L\nb() // avoid\nL:\nc()', true],
    [
      'a labeled continue of an outer loop',
      'for {\na() // start\nfor {\nif x {\ncontinue L\n}\nb() // avoid\n}\n}',
      false,
    ],
  ])('%s', (_name, body, expected) => {
    expect(returnsAvoiding(body)).toBe(expected);
  });
});

describe('FlowGraph.canReturn', () => {
  it.each([
    ['a plain function', 'a()', true],
    ['an endless loop', 'for {\na()\n}', false],
    ['an endless loop with a return', 'for {\nif x {\nreturn\n}\n}', true],
    ['select {}', 'a()\nselect {}', false],
  ])('%s', (_name, body, expected) => {
    expect(parse(body).graph.canReturn()).toBe(expected);
  });

  it('takes a range over a channel nothing closes to end only through its body', () => {
    const { graph, marked } = parse('for range tick { // loop\na()\n}');
    const loop = marked('loop');
    expect(graph.canReturn()).toBe(true);
    expect(graph.canReturn([loop])).toBe(false);
  });
});

describe('FlowGraph.loopExits', () => {
  it('lists returns and breaks out of the loop, not its test or inner breaks', () => {
    const { graph, marked } = parse(
      'for _, v := range xs { // loop\nfor {\nbreak\n}\nif v {\nreturn // ret\n}\nif w {\nbreak // brk\n}\n}',
    );
    const exits = graph
      .loopExits(marked('loop'))
      .map(([s]) => s.node)
      .sort((a, b) => (a?.start ?? 0) - (b?.start ?? 0));
    expect(exits).toEqual([marked('ret'), marked('brk')]);
  });
});
