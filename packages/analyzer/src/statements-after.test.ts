import type { GoNode, GoParser } from '@mapscope/go-syntax';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementsAfter } from './statements-after.ts';

let parser: GoParser;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

/**
 * The statements that may run after the one marked `// here` in `body` (a function body),
 * each as its first line's text, trimmed.
 */
function after(body: string): string[] {
  const source = `package p\n\nfunc f() {\n${body}\n}\n`;
  const file = parser.parse('x.go', source);
  const root = file.tree;
  const mark = source.indexOf('// here');
  let here: GoNode | undefined;
  let fnBody: GoNode | undefined;
  root.walk((n) => {
    if (n.type === 'function_declaration') {
      fnBody = n.child('body');
    }
    const isStmt = n.parent?.type === 'statement_list';
    if (isStmt && n.start < mark && n.end <= mark && source.indexOf('\n', n.end) >= mark) {
      here = n;
    }
    return true;
  });
  if (here === undefined || fnBody === undefined) {
    throw new Error('no statement marked // here');
  }
  return statementsAfter(here, fnBody).map((s) => s.text.split('\n')[0]?.trim() ?? '');
}

describe('statementsAfter', () => {
  it('takes the rest of each enclosing list, not the other branch', () => {
    expect(
      after(`
	if c {
		a() // here
		b()
	} else {
		x()
	}
	d()`),
    ).toEqual(['b()', 'd()']);
  });

  it('takes the whole body of a loop it leaves: the body runs again', () => {
    expect(
      after(`
	for c {
		a()
		b() // here
	}
	d()`),
    ).toEqual(['{', 'd()']);
  });

  it('stops after a return, goto or panic', () => {
    expect(
      after(`
	a() // here
	b()
	panic("x")
	c()`),
    ).toEqual(['b()', 'panic("x")']);
    expect(
      after(`
	if c {
		a() // here
		return
	}
	d()`),
    ).toEqual(['return']);
  });

  it('leaves a switch case for the statements after the switch', () => {
    expect(
      after(`
	switch {
	case c:
		a() // here
	case d:
		x()
	}
	e()`),
    ).toEqual(['e()']);
  });
});
