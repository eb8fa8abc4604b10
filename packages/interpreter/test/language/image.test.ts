// The standard library's compiled code is kept and shared (Compiler.program's image): a
// program compiled after others runs as Go runs it, the library's chunks hold none of a
// program's own code, and a compile that fails partway leaves nothing half compiled behind.
import { describe, expect, it } from 'vitest';
import { compileProgram, runProgram, type CompiledProgram } from '../../src/run.ts';
import { frames, readProgram, useParser } from './support.ts';

const parser = useParser();
const read = readProgram;

const hello = `package main

import "fmt"

func main() { fmt.Println("hello", 42) }
`;

/** A second user of what image-generic.go made the library compile, with its own types. */
const again = `package main

import (
	"fmt"
	"sort"
	"strings"
	"sync/atomic"
)

type box struct{ n int }

func main() {
	var p atomic.Pointer[box]
	p.Store(&box{7})
	var q atomic.Pointer[int]
	n := 3
	q.Store(&n)
	xs := []box{{3}, {1}, {2}}
	sort.Slice(xs, func(i, j int) bool { return xs[i].n < xs[j].n })
	fmt.Println(p.Load().n, *q.Load(), xs, strings.EqualFold("Go", "GO"))
}
`;

const generic = {
  path: './main.go',
  absPath: '/tmp/mapscope-image/main.go',
  source: read('image-generic.go'),
};

/** The top-level names a chunk's source defines. */
function defined(source: string): string[] {
  return [...source.matchAll(/^(?:const|let) ([\w$]+) =/gm)].map((m) => m[1] ?? '');
}

function compiled(source: string, goMinor = 19): CompiledProgram {
  const c = compileProgram(parser(), [{ path: './main.go', source }], { goMinor });
  if ('exitCode' in c) {
    throw new Error(c.stderr);
  }
  return c;
}

describe('the standard library image', () => {
  it('runs a program compiled after others as Go runs it', () => {
    for (let i = 0; i < 2; i++) {
      expect(runProgram(parser(), [{ path: './main.go', source: hello }]).stdout).toBe(
        'hello 42\n',
      );
      const r = runProgram(parser(), [generic], { goMinor: 19 });
      expect(r.stdout).toBe(read('image-generic.stdout'));
      expect(frames(r.stderr)).toBe(frames(read('image-generic.stderr')));
      expect(r.exitCode).toBe(2);
      expect(runProgram(parser(), [{ path: './main.go', source: again }])).toEqual({
        stdout: '7 3 [{1} {2} {3}] true\n',
        stderr: '',
        exitCode: 0,
      });
    }
  });

  it("keeps none of a program's own code in the library's chunks", () => {
    const first = compiled(hello);
    const second = compiled(read('image-generic.go'));
    const third = compiled(again);
    // Each program's chunk is its own; the library's chunks before it are the image's so far.
    expect(second.chunks.slice(0, first.chunks.length - 1)).toEqual(first.chunks.slice(0, -1));
    expect(third.chunks.slice(0, second.chunks.length - 1)).toEqual(second.chunks.slice(0, -1));
    for (const c of [first, second, third]) {
      const own = c.chunks[c.chunks.length - 1]?.source ?? '';
      const names = defined(own);
      expect(names.length).toBeGreaterThan(0);
      for (const lib of c.chunks.slice(0, -1)) {
        const leaked = names.filter((n) =>
          new RegExp(`\\b${n.replace(/\$/g, '\\$')}\\b`).test(lib.source),
        );
        expect(leaked).toEqual([]);
      }
    }
  });

  it('starts afresh after a compile that failed partway', () => {
    // main.main reaches strings.LastIndexAny, then a statement the compiler does not support.
    const failing = `package main

import (
	"fmt"
	"strings"
)

func seq(yield func(int) bool) {
	for i := 0; i < 3 && yield(i); i++ {
	}
}

func main() {
	fmt.Println(strings.LastIndexAny("golang", "go"))
	for x := range seq {
		if x > 1 {
			goto done
		}
	}
done:
}
`;
    const r = runProgram(parser(), [{ path: './main.go', source: failing }], { goMinor: 23 });
    expect(r.stderr).toContain('not supported yet: goto out of a range-over-func loop body');
    const ok = `package main

import (
	"fmt"
	"strings"
)

func main() { fmt.Println(strings.LastIndexAny("golang", "go")) }
`;
    expect(runProgram(parser(), [{ path: './main.go', source: ok }])).toEqual({
      stdout: '5\n',
      stderr: '',
      exitCode: 0,
    });
  });
});
