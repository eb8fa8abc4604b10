// The module importer: a vetted module's own packages, vendor/ and the module cache, found as
// the go command finds them and checked for the rules' types.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname as nodeDirname } from 'node:path';
import { vet, type PackageImporter } from '@mapscope/analyzer';
import { dirname, MemoryFS, normalizePath, type DirEntry } from '@mapscope/go-syntax';
import { createNodeGoParser } from '@mapscope/go-syntax/node';
import { stdPackages } from '@mapscope/interpreter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.ts';
import {
  declarationsOnly,
  escapeModulePath,
  moduleCacheDir,
  moduleImporter,
  parseGoMod,
  type ModuleImporter,
  type SyncFiles,
} from '../src/module-importer.ts';

type Parser = Awaited<ReturnType<typeof createNodeGoParser>>;
let parser: Parser;
let std: PackageImporter;

beforeAll(async () => {
  parser = await createNodeGoParser();
  std = stdPackages(undefined, { bodies: false }).importer(parser);
});
afterAll(() => {
  parser.dispose();
});

/** SyncFiles over a map of absolute path → contents (directories implied). */
function memoryFiles(files: Readonly<Record<string, string>>): SyncFiles {
  const all = new Map(Object.entries(files).map(([p, t]) => [normalizePath(p), t]));
  const dirs = new Set<string>();
  for (const p of all.keys()) {
    for (let d = dirname(p); !dirs.has(d); d = dirname(d)) {
      dirs.add(d);
    }
  }
  return {
    readFile: (p) => all.get(normalizePath(p)),
    readDir(p) {
      const dir = normalizePath(p);
      if (!dirs.has(dir)) {
        return undefined;
      }
      const prefix = dir === '/' ? '/' : `${dir}/`;
      const out = new Map<string, DirEntry>();
      for (const f of all.keys()) {
        if (f.startsWith(prefix)) {
          const rest = f.slice(prefix.length);
          const slash = rest.indexOf('/');
          const name = slash < 0 ? rest : rest.slice(0, slash);
          out.set(name, { name, kind: slash < 0 ? 'file' : 'dir' });
        }
      }
      return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
    },
    stat: (p) =>
      all.has(normalizePath(p)) ? 'file' : dirs.has(normalizePath(p)) ? 'dir' : undefined,
  };
}

function importer(
  files: Readonly<Record<string, string>>,
  root = '/m',
  o: { readonly moduleCache?: string } = { moduleCache: '/cache' },
): ModuleImporter {
  return moduleImporter({
    std,
    root,
    goMod: files[`${root}/go.mod`] ?? '',
    files: memoryFiles(files),
    parser,
    moduleCache: o.moduleCache,
  });
}

/** The names a package declares at package level, sorted. */
function declared(i: PackageImporter, path: string): string[] | null {
  const pkg = i.importPackage(path);
  return pkg === null ? null : [...pkg.scope.names.keys()].sort();
}

const STORE = 'package store\n\ntype Cache struct{ M map[string]int }\n';

describe('parseGoMod', () => {
  it('reads module, go, require and replace, in blocks and single lines', () => {
    const mod = parseGoMod(
      [
        'module "example.com/m" // the module',
        '',
        'go 1.21',
        '',
        'require example.com/a v1.0.0',
        'require (',
        '\tgithub.com/Foo/bar v0.2.0 // indirect',
        '\t`example.com/raw` v1.1.0',
        ')',
        'replace example.com/a => ../a',
        'replace (',
        '\tgithub.com/Foo/bar v0.2.0 => example.com/fork v0.3.0',
        '\texample.com/raw=>/abs/raw',
        ')',
        '',
      ].join('\n'),
    );
    expect(mod.module).toBe('example.com/m');
    expect(mod.go).toBe('1.21');
    expect([...mod.require]).toEqual([
      ['example.com/a', 'v1.0.0'],
      ['github.com/Foo/bar', 'v0.2.0'],
      ['example.com/raw', 'v1.1.0'],
    ]);
    expect(mod.replace).toEqual([
      { oldPath: 'example.com/a', oldVersion: undefined, newPath: '../a', newVersion: undefined },
      {
        oldPath: 'github.com/Foo/bar',
        oldVersion: 'v0.2.0',
        newPath: 'example.com/fork',
        newVersion: 'v0.3.0',
      },
      {
        oldPath: 'example.com/raw',
        oldVersion: undefined,
        newPath: '/abs/raw',
        newVersion: undefined,
      },
    ]);
  });

  it('skips what it cannot read', () => {
    const mod = parseGoMod('module\nmodule a b\ngo banana\nrequire "x v1\nreplace x => y\n)\n(');
    expect(mod).toEqual({ module: undefined, go: undefined, require: new Map(), replace: [] });
    expect(parseGoMod('').module).toBeUndefined();
  });
});

describe('module cache paths', () => {
  it('case-encodes module paths and versions', () => {
    expect(escapeModulePath('github.com/BurntSushi/toml')).toBe('github.com/!burnt!sushi/toml');
    expect(escapeModulePath('v1.0.0-RC1')).toBe('v1.0.0-!r!c1');
  });

  it('finds the cache as the go command does', () => {
    expect(moduleCacheDir({ GOMODCACHE: '/c', GOPATH: '/g' }, '/h')).toBe('/c');
    expect(moduleCacheDir({ GOPATH: ':/g1:/g2' }, '/h')).toBe('/g1/pkg/mod');
    expect(moduleCacheDir({}, '/h')).toBe('/h/go/pkg/mod');
    expect(moduleCacheDir({}, undefined)).toBeUndefined();
  });
});

describe('declarationsOnly', () => {
  it('empties bodies, initializer literals and comments, keeping declarations where they were', () => {
    const source = [
      'package p',
      '',
      'import "strings"',
      '',
      'func F(x struct{ a int }) interface{ M() } {',
      '\ts := "}{" + `}` + string(\'}\') // }',
      '\treturn nil /* { */',
      '}',
      '',
      'func Asm(x int) int',
      '',
      'func (r *T[K]) G() map[string]struct{} { return strings.ToUpper("x") }',
      '',
      'var (',
      '\tA = []T{{a: 1}, {a: 2}}',
      '\tB = [...]T{{a: 1},',
      '\t\t{a: 2}}',
      '\tC = func() int { return 1 }',
      ')',
      '',
      'var D struct{ f func() }',
      '',
      '// T is a type.',
      'type T[K any] struct{ a /* the a */ int } // T',
      '',
    ].join('\n');
    const out = declarationsOnly(source);
    expect(out.split('\n')).toHaveLength(source.split('\n').length);
    expect(out).toBe(
      [
        'package p',
        '',
        'import "strings"',
        '',
        'func F(x struct{ a int }) interface{ M() } {',
        '',
        '',
        '}',
        '',
        'func Asm(x int) int',
        '',
        'func (r *T[K]) G() map[string]struct{} {}',
        '',
        'var (',
        '\tA = []T{}',
        '\tB = [...]T{{},',
        '\t\t{}}',
        '\tC = func() int {}',
        ')',
        '',
        'var D struct{ f func() }',
        '',
        ' ',
        'type T[K any] struct{ a   int }  ',
        '',
      ].join('\n'),
    );
  });
});

describe('moduleImporter', () => {
  it("checks the module's own packages, declarations only, once each", () => {
    const i = importer({
      '/m/go.mod': 'module example.com/m\n\ngo 1.21\n',
      '/m/store/store.go': `${STORE}\nfunc New() *Cache { return undefinedName() }\n`,
      '/m/store/store_test.go': 'package store\n\nvar InTest int\n',
      '/m/store/other_windows.go': 'package store\n\nvar OnWindows int\n',
      '/m/store/ignored.go': '//go:build ignore\n\npackage main\n\nvar Ignored int\n',
      '/m/store/cgo.go': 'package store\n\nimport (\n\t"C"\n)\n\nvar WithCgo int\n',
      '/m/store/doc.go': 'package documentation\n\nvar Doc int\n',
      '/m/store/linux.go': '//go:build linux && !cgo\n\npackage store\n\nvar OnLinux int\n',
    });
    // The body's error is not looked at: only declarations are checked.
    expect(declared(i, 'example.com/m/store')).toEqual(['Cache', 'New', 'OnLinux']);
    expect(i.importPackage('example.com/m/store')).toBe(i.importPackage('example.com/m/store'));
    expect(i.importPackage('example.com/m/store')?.path).toBe('example.com/m/store');
    expect(i.importPathOf('/m/store')).toBe('example.com/m/store');
    expect(i.importPathOf('/m')).toBe('example.com/m');
    expect(i.importPathOf('/elsewhere')).toBeUndefined();
    expect(i.universe).toBe(std.universe);
  });

  it('loads only the imports the declarations use', () => {
    const i = importer({
      '/m/go.mod': 'module example.com/m\n\ngo 1.21\n',
      '/m/a/a.go': [
        'package a',
        '',
        'import (',
        '\t"example.com/m/b"',
        '\tcc "example.com/m/c"',
        '\t"example.com/m/d"',
        ')',
        '',
        'type A struct{ B b.B }',
        '',
        'var V = cc.Make(d.Zero)',
        '',
        'func f() { d.Use() }',
        '',
      ].join('\n'),
      '/m/b/b.go': 'package b\n\ntype B int\n',
      '/m/c/c.go': 'package c\n\nfunc Make(int) int { return 0 }\n',
      '/m/d/d.go': 'package dee\n\nconst Zero = 0\n\nfunc Use() {}\n',
    });
    const a = i.importPackage('example.com/m/a');
    // d's name is dee: `d.` is not it (a would not compile; the types of what does stay).
    expect(a?.imports.map((p) => p.path).sort()).toEqual(['example.com/m/b', 'example.com/m/c']);
  });

  it('imports through the module and std, in one universe', () => {
    const i = importer({
      '/m/go.mod': 'module example.com/m\n\ngo 1.21\n',
      '/m/a/a.go':
        'package a\n\nimport (\n\t"sync"\n\t"example.com/m/b"\n)\n\ntype A struct {\n\tmu sync.Mutex\n\tB b.B\n}\n',
      '/m/b/b.go': 'package b\n\ntype B map[string]int\n',
    });
    const a = i.importPackage('example.com/m/a');
    expect(a?.imports.map((p) => p.path).sort()).toEqual(['example.com/m/b', 'sync']);
    expect(a?.imports.find((p) => p.path === 'sync')).toBe(std.importPackage('sync'));
  });

  it('leaves nested modules, missing packages and cycles unknown, without throwing', () => {
    const i = importer({
      '/m/go.mod': 'module example.com/m\n\ngo 1.21\n',
      '/m/nested/go.mod': 'module example.com/m/nested\n',
      '/m/nested/n.go': 'package nested\n\nvar N int\n',
      '/m/nested/deeper/d.go': 'package deeper\n\nvar D int\n',
      '/m/x/x.go': 'package x\n\nimport "example.com/m/y"\n\nvar X y.T\n\ntype T int\n',
      '/m/y/y.go': 'package y\n\nimport "example.com/m/x"\n\nvar Y x.T\n\ntype T int\n',
      '/m/bad/bad.go': 'package bad\n\nfunc (\n',
      '/m/empty/README': 'no Go here\n',
    });
    expect(i.importPackage('example.com/m/nested')).toBeNull();
    expect(i.importPackage('example.com/m/nested/deeper')).toBeNull();
    expect(i.importPackage('example.com/m/missing')).toBeNull();
    expect(i.importPackage('example.com/m/empty')).toBeNull();
    expect(i.importPackage('example.com/other')).toBeNull();
    expect(i.importPackage('example.com/m/bad')).toBeNull();
    // x imports y, which finds x being checked: y is checked without it, x with y.
    expect(declared(i, 'example.com/m/x')).toEqual(['T', 'X']);
    expect(declared(i, 'example.com/m/y')).toEqual(['T', 'Y']);
  });

  it('never throws on odd modules', () => {
    for (const goMod of ['', 'module (\n', 'this is not go.mod\n\x00', 'go 1.21\n']) {
      const i = importer({ '/m/go.mod': goMod, '/m/p/p.go': 'package p\n' });
      expect(i.importPackage('example.com/m/p')).toBeNull();
      expect(i.importPackage('fmt')?.name).toBe('fmt');
    }
    const none = moduleImporter({
      std,
      root: '/nowhere',
      goMod: 'module example.com/m\n',
      files: memoryFiles({}),
      parser,
    });
    expect(none.importPackage('example.com/m/p')).toBeNull();
    expect(none.importPackage('example.com/dep')).toBeNull();
  });

  it('reads vendor/ in vendor mode (go 1.14 or later), the module cache otherwise', () => {
    const files = {
      '/m/go.mod': 'module example.com/m\n\ngo 1.17\n\nrequire example.com/dep v1.0.0\n',
      '/m/vendor/modules.txt': '# example.com/dep v1.0.0\n## explicit\nexample.com/dep\n',
      '/m/vendor/example.com/dep/dep.go': 'package dep\n\nvar FromVendor int\n',
      '/cache/example.com/dep@v1.0.0/dep.go': 'package dep\n\nvar FromCache int\n',
    };
    expect(declared(importer(files), 'example.com/dep')).toEqual(['FromVendor']);
    const old = { ...files, '/m/go.mod': files['/m/go.mod'].replace('1.17', '1.13') };
    expect(declared(importer(old), 'example.com/dep')).toEqual(['FromCache']);
    // In vendor mode a package in neither place is not looked for in the cache.
    const onlyCache = { ...files, '/m/vendor/example.com/dep/dep.go': '' };
    delete (onlyCache as Record<string, string>)['/m/vendor/example.com/dep/dep.go'];
    expect(importer(onlyCache).importPackage('example.com/dep')).toBeNull();
    expect(importer(files).importPathOf('/m/vendor/example.com/dep')).toBe('example.com/dep');
  });

  it('reads the module cache case-encoded, after replace directives', () => {
    const i = importer({
      '/m/go.mod': [
        'module example.com/m',
        'go 1.21',
        'require (',
        '\tgithub.com/BurntSushi/toml v1.2.0',
        '\texample.com/local v1.0.0',
        '\texample.com/forked v1.0.0',
        '\texample.com/pinned v1.0.0',
        '\texample.com/gone v1.0.0',
        '\texample.com/gone/sub v1.0.0',
        ')',
        'replace example.com/local => ../local',
        'replace example.com/forked v1.0.0 => github.com/Me/fork v1.1.0-Pre',
        'replace example.com/pinned v0.9.0 => ../never',
        '',
      ].join('\n'),
      '/cache/github.com/!burnt!sushi/toml@v1.2.0/decode.go': 'package toml\n\nvar Decoded int\n',
      '/cache/github.com/BurntSushi/toml@v1.2.0/decode.go': 'package toml\n\nvar Wrong int\n',
      '/local/go.mod': 'module example.com/local\n',
      '/local/util/u.go': 'package util\n\nvar Local int\n',
      '/cache/github.com/!me/fork@v1.1.0-!pre/f.go': 'package forked\n\nvar Fork int\n',
      '/cache/example.com/pinned@v1.0.0/p.go': 'package pinned\n\nvar Pinned int\n',
      '/cache/example.com/gone/sub@v1.0.0/s.go': 'package sub\n\nvar Sub int\n',
    });
    expect(declared(i, 'github.com/BurntSushi/toml')).toEqual(['Decoded']);
    expect(declared(i, 'example.com/local/util')).toEqual(['Local']);
    expect(declared(i, 'example.com/forked')).toEqual(['Fork']);
    expect(declared(i, 'example.com/pinned')).toEqual(['Pinned']);
    expect(declared(i, 'example.com/gone/sub')).toEqual(['Sub']);
    expect(i.importPackage('example.com/gone')).toBeNull();
    expect(i.importPackage('example.com/notrequired')).toBeNull();
  });

  it('imports nothing from the module cache when there is none', () => {
    const i = importer(
      {
        '/m/go.mod': 'module example.com/m\nrequire example.com/dep v1.0.0\n',
        '/cache/example.com/dep@v1.0.0/dep.go': 'package dep\n',
      },
      '/m',
      {},
    );
    expect(i.importPackage('example.com/dep')).toBeNull();
  });

  it("resolves GOROOT's modules: std's packages from std, their vendored ones under vendor/", () => {
    const i = importer(
      {
        '/goroot/src/go.mod': 'module std\n\ngo 1.19\n',
        '/goroot/src/vendor/modules.txt': '# golang.org/x/fake v0.0.0\ngolang.org/x/fake/p\n',
        '/goroot/src/vendor/golang.org/x/fake/p/p.go': 'package p\n\nvar Vendored int\n',
      },
      '/goroot/src',
    );
    expect(i.importPackage('fmt')).toBe(std.importPackage('fmt'));
    expect(declared(i, 'golang.org/x/fake/p')).toEqual(['Vendored']);
    expect(i.importPackage('golang.org/x/fake/p')?.path).toBe('vendor/golang.org/x/fake/p');
    expect(i.importPathOf('/goroot/src/net/http')).toBe('net/http');
    expect(i.importPathOf('/goroot/src/vendor/golang.org/x/fake/p')).toBe(
      'vendor/golang.org/x/fake/p',
    );
    const cmd = importer(
      {
        '/goroot/src/cmd/go.mod': 'module cmd\n\ngo 1.19\n',
        '/goroot/src/cmd/vendor/modules.txt': '# golang.org/x/mod v0.0.0\ngolang.org/x/mod/m\n',
        '/goroot/src/cmd/vendor/golang.org/x/mod/m/m.go': 'package m\n\nvar M int\n',
        '/goroot/src/cmd/internal/obj/obj.go': 'package obj\n\nvar Obj int\n',
      },
      '/goroot/src/cmd',
    );
    expect(declared(cmd, 'cmd/internal/obj')).toEqual(['Obj']);
    expect(declared(cmd, 'golang.org/x/mod/m')).toEqual(['M']);
    expect(cmd.importPackage('strings')).toBe(std.importPackage('strings'));
    expect(cmd.importPathOf('/goroot/src/cmd/vendor/golang.org/x/mod/m')).toBe(
      'golang.org/x/mod/m',
    );
  });
});

describe('vet with the module importer', () => {
  // A map field of a struct type the module's other package declares: nil in `if m == nil`,
  // and written from a goroutine and its caller at once.
  const MAIN = [
    'package main',
    '',
    'import "example.com/m/store"',
    '',
    'func fill(c store.Cache) {',
    '\tm := c.M',
    '\tif m == nil {',
    '\t\tm["k"] = 1',
    '\t}',
    '}',
    '',
    'func race(c *store.Cache) {',
    '\tgo func() { c.M["a"] = 1 }()',
    '\tc.M["b"] = 2',
    '}',
    '',
    'func main() {}',
    '',
  ].join('\n');
  const files = {
    '/m/go.mod': 'module example.com/m\n\ngo 1.21\n',
    '/m/store/store.go': STORE,
    '/m/main.go': MAIN,
  };

  async function findings(withModule: boolean): Promise<string[]> {
    const m = importer(files);
    const result = await vet({
      fs: new MemoryFS(files),
      parser,
      cwd: '/m',
      patterns: ['.'],
      importer: std,
      ...(withModule ? { packageSetup: () => ({ importer: m, importPath: 'example.com/m' }) } : {}),
    });
    return result.diagnostics.map((d) => `${d.file}:${d.start.line} ${d.rule}`);
  }

  it("finds hazards on a map field of the module's other package's struct", async () => {
    expect(await findings(false)).toEqual([]);
    expect(await findings(true)).toEqual(['/m/main.go:8 MH003', '/m/main.go:13 MH001']);
  });

  it('does so from the command line, with vendored types too', async () => {
    const root = mkdtempSync(`${tmpdir()}/mapscope-module-importer-`);
    const tree: Record<string, string> = {
      'go.mod': 'module example.com/m\n\ngo 1.21\n\nrequire example.com/dep v1.0.0\n',
      'vendor/modules.txt': '# example.com/dep v1.0.0\n## explicit\nexample.com/dep\n',
      'vendor/example.com/dep/dep.go':
        'package dep\n\nfunc Names() map[string]int { return nil }\n',
      'store/store.go': STORE,
      'main.go': MAIN.replace(
        'func main() {}',
        'func main() {\n\tnames := dep.Names()\n\tif names == nil {\n\t\tnames["n"] = 1\n\t}\n}',
      ).replace(
        'import "example.com/m/store"',
        'import (\n\t"example.com/dep"\n\t"example.com/m/store"\n)',
      ),
    };
    for (const [path, source] of Object.entries(tree)) {
      mkdirSync(nodeDirname(`${root}/${path}`), { recursive: true });
      writeFileSync(`${root}/${path}`, source);
    }
    let stdout = '';
    const code = await main(['vet', '--json', './...'], {
      cwd: root,
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
    });
    const report = JSON.parse(stdout) as { diagnostics: { rule: string; line: number }[] };
    expect(report.diagnostics.map((d) => `${String(d.line)} ${d.rule}`)).toEqual([
      '11 MH003',
      '16 MH001',
      '23 MH003',
    ]);
    expect(code).toBe(1);
  });
});
