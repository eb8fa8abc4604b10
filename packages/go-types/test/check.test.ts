// The checker on its own: a package's source in, its objects, types and errors out, as
// go/types gives them (expected texts are what Go 1.19's go/types and cmd/compile print).
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Bail,
  Checker,
  FuncObj,
  Package,
  Pointer,
  TypeName,
  VarObj,
  convertFile,
  lookupFieldOrMethod,
  makeUniverse,
  sourceFile,
  typeString,
} from '../src/index.ts';

type Parser = Awaited<ReturnType<typeof createNodeGoParser>>;
let parser: Parser;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

const universe = makeUniverse();

/** A stand-in for package sync: what the importer below gives. */
const syncSource = `package sync

type RWMutex struct{ w, r int32 }

func (m *RWMutex) Lock()    {}
func (m *RWMutex) Unlock()  {}
func (m *RWMutex) RLock()   {}
func (m *RWMutex) RUnlock() {}
`;

/**
 * Checks one file as package `path`, importing "sync" (the stand-in) and nothing else; its
 * package and its errors as Go prints them (`line:col: msg`, sorted by position).
 */
function check(source: string, path = 'example.com/p'): { pkg: Package; errors: string[] } {
  const parsed = parser.parse(`${path}/x.go`, source);
  const sf = sourceFile('x.go', source);
  const file = convertFile(sf, parsed.tree);
  const pkg = new Package(path, file.packageName.name, [file], universe, false);
  const c = new Checker(pkg, { goMinor: 21 });
  c.importer = (imported) => (imported === 'sync' ? syncPackage() : null);
  try {
    c.checkPackage();
  } catch (e) {
    if (!(e instanceof Bail)) {
      throw e;
    }
  }
  const errors = c.errors
    .map((e) => ({ at: e.pos.file.position(e.pos.offset), message: e.message }))
    .sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column)
    .map(({ at, message }) => `${String(at.line)}:${String(at.column)}: ${message}`);
  return { pkg, errors };
}

let sync: Package | null = null;
function syncPackage(): Package {
  sync ??= check(syncSource, 'sync').pkg;
  return sync;
}

const registry = `package p

import "sync"

type Registry struct {
	mu    sync.RWMutex
	byKey map[string][]int
}

func (r *Registry) Add(k string, v int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.byKey[k] = append(r.byKey[k], v)
}

func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

var counts = map[string]int{"a": 1}
var firstKeys = Keys(counts)
`;

describe('the checker, on its own', () => {
  it("gives a package's objects their types", () => {
    const { pkg, errors } = check(registry);
    expect(errors).toEqual([]);
    const byName = (n: string): unknown => pkg.scope.lookup(n);
    const counts = byName('counts');
    const keys = byName('firstKeys');
    const generic = byName('Keys');
    expect(counts instanceof VarObj && typeString(counts.type)).toBe('map[string]int');
    expect(keys instanceof VarObj && typeString(keys.type)).toBe('[]string');
    expect(generic instanceof FuncObj && typeString(generic.type)).toBe(
      'func[M ~map[K]V, K comparable, V any](m M) []K',
    );
  });

  it('finds methods and fields through pointers', () => {
    const { pkg } = check(registry);
    const reg = pkg.scope.lookup('Registry');
    if (!(reg instanceof TypeName)) {
      throw new Error('Registry is not a type');
    }
    const t = reg.type;
    if (t === null) {
      throw new Error('Registry has no type');
    }
    const add = lookupFieldOrMethod(new Pointer(t), 'Add', pkg);
    expect(add?.obj instanceof FuncObj && typeString(add.obj.type)).toBe('func(k string, v int)');
    const field = lookupFieldOrMethod(new Pointer(t), 'byKey', pkg);
    expect(field?.obj instanceof VarObj && typeString(field.obj.type)).toBe('map[string][]int');
    // The lock is a field of an imported type; its methods are that package's.
    const mu = lookupFieldOrMethod(t, 'mu', pkg);
    expect(mu?.obj instanceof VarObj && typeString(mu.obj.type)).toBe('sync.RWMutex');
    const rlock = mu === null ? null : lookupFieldOrMethod(new Pointer(mu.obj.type), 'RLock', pkg);
    expect(rlock?.obj.pkg?.path).toBe('sync');
    // Unexported names of another package are not found.
    expect(mu === null ? null : lookupFieldOrMethod(mu.obj.type, 'w', pkg)).toBeNull();
  });

  it('keeps a struct whose field is of a package that is not there', () => {
    // influxdb-client-go's LPWriter: a field of the unavailable line-protocol module beside
    // its WaitGroup. As with go/types, the field is invalid and the others keep their types.
    const { pkg, errors } = check(`package p

import (
	"sync"

	lp "example.com/missing/lp"
)

type Writer struct {
	enc *lp.Encoder
	mu  sync.RWMutex
	buf []int
}
`);
    expect(errors.length).toBeGreaterThan(0);
    const w = pkg.scope.lookup('Writer');
    if (!(w instanceof TypeName) || w.type === null) {
      throw new Error('Writer is not a type');
    }
    const mu = lookupFieldOrMethod(w.type, 'mu', pkg);
    expect(mu?.obj instanceof VarObj && typeString(mu.obj.type)).toBe('sync.RWMutex');
    const buf = lookupFieldOrMethod(w.type, 'buf', pkg);
    expect(buf?.obj instanceof VarObj && typeString(buf.obj.type)).toBe('[]int');
  });

  it('reports what does not check, where, and goes on', () => {
    const { errors } = check(`package p

func f(m map[string]int) int {
	var unused int
	m["a"] = "b"
	return m
}
`);
    // What Go 1.19's go build prints for it.
    expect(errors).toEqual([
      '4:6: unused declared but not used',
      '5:11: cannot use "b" (untyped string constant) as int value in assignment',
      '6:9: cannot use m (variable of type map[string]int) as type int in return statement',
    ]);
  });
});
