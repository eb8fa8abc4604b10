// Builds the standard-library bundle the interpreter compiles Go's std from: every package of
// a Go 1.19 source tree ($GOROOT/src), with the files `GOOS=js GOARCH=wasm` builds (Go's own
// port without assembly; the program still sees linux/amd64, as runtime is the interpreter's),
// written to dist/std/ (git-ignored) with Go's LICENSE beside it. Nothing of Go's is committed.
//
//   node scripts/bundle-std.mjs            write dist/std/ unless it is up to date
//   node scripts/bundle-std.mjs --force    write it anyway
//
// The Go source tree is found as the go tool finds it: $GOROOT, then `go env GOROOT`, then
// Debian's golang-1.19-src (/usr/lib/go-1.19, /usr/share/go-1.19).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { matchFile } from '@mapscope/go-syntax';
import { stdImports } from './std-imports.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist', 'std');
/** The release whose std the interpreter models. */
const wantMinor = 19;
/**
 * Go's port without assembly: js/wasm builds every std package from Go source alone (math/big
 * with its math_big_pure_go tag, which js/wasm does not set by itself).
 */
const target = { goos: 'js', goarch: 'wasm', releaseMinor: wantMinor, tags: ['math_big_pure_go'] };

/** Debian's documentation folder of a golang-1.N-src tree (/usr/share/go-1.N or /usr/lib/go-1.N). */
function debianDoc(goroot) {
  const m = /\/go-(1\.\d+)$/.exec(goroot);
  return m === null ? null : `/usr/share/doc/golang-${m[1]}-src`;
}

/** The tree's Go release: its VERSION file, or Debian's package version for golang-1.N-src. */
function versionOf(goroot) {
  try {
    return readFileSync(join(goroot, 'VERSION'), 'utf8').split('\n')[0].trim();
  } catch {
    // Debian's golang-1.N-src alone has no VERSION file; its changelog names the release.
  }
  const doc = debianDoc(goroot);
  try {
    const log = gunzipSync(readFileSync(`${doc}/changelog.Debian.gz`)).toString('utf8');
    const m = /^golang-1\.\d+ \((\d+\.\d+(?:\.\d+)?)/.exec(log);
    return m === null ? null : `go${m[1]}`;
  } catch {
    return null;
  }
}

/** Go's license text: the tree's LICENSE, or Debian's copyright file, which holds it. */
function licenseOf(goroot) {
  for (const file of [join(goroot, 'LICENSE'), `${debianDoc(goroot)}/copyright`]) {
    if (existsSync(file)) {
      return readFileSync(file);
    }
  }
  throw new Error(`mapscope: no LICENSE in ${goroot}`);
}

/** The candidate GOROOTs, in the go tool's order, then Debian's. */
function candidates() {
  const out = [];
  if (process.env.GOROOT) {
    out.push({ dir: process.env.GOROOT, from: '$GOROOT' });
  }
  try {
    const dir = execFileSync('go', ['env', 'GOROOT'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (dir !== '') {
      out.push({ dir, from: '`go env GOROOT`' });
    }
  } catch {
    // no go command
  }
  for (const dir of ['/usr/lib/go-1.19', '/usr/share/go-1.19']) {
    out.push({ dir, from: "Debian's golang-1.19-src" });
  }
  return out;
}

function findGoroot() {
  const seen = [];
  for (const c of candidates()) {
    const v = versionOf(c.dir);
    if (v === null || !existsSync(join(c.dir, 'src', 'runtime'))) {
      continue;
    }
    if (new RegExp(`^go1\\.${wantMinor}(\\.|$)`).test(v)) {
      return { dir: c.dir, version: v };
    }
    seen.push(`${v} at ${c.dir} (${c.from})`);
  }
  const found = seen.length > 0 ? ` Found only ${seen.join(', ')}.` : '';
  throw new Error(
    `mapscope: building the interpreter needs Go 1.${wantMinor}'s source tree (its standard library).` +
      `${found} Install it with \`apt-get install -y golang-1.${wantMinor}-src\`, or set GOROOT to a Go 1.${wantMinor} installation.`,
  );
}

/** Every directory below src that holds a package: [import path, directory]. */
function packageDirs(src) {
  const out = [];
  const walk = (dir, rel) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    if (rel !== '' && entries.some((e) => e.isFile() && e.name.endsWith('.go'))) {
      out.push([rel, dir]);
    }
    for (const e of entries) {
      if (
        !e.isDirectory() ||
        e.name === 'testdata' ||
        e.name.startsWith('.') ||
        e.name.startsWith('_') ||
        (rel === '' && e.name === 'cmd')
      ) {
        continue;
      }
      walk(join(dir, e.name), rel === '' ? e.name : `${rel}/${e.name}`);
    }
  };
  walk(src, '');
  return out;
}

/** The files of one package that the target builds (no tests), name → source. */
function buildFiles(dir) {
  const files = {};
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.go') || name.endsWith('_test.go')) {
      continue;
    }
    const source = readFileSync(join(dir, name), 'utf8');
    if (matchFile(target, name, source)) {
      files[name] = source;
    }
  }
  return files;
}

function main() {
  const force = process.argv.includes('--force');
  const goroot = findGoroot();
  const scriptHash = createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(readFileSync(join(root, 'scripts', 'std-imports.mjs')))
    .digest('hex')
    .slice(0, 16);
  const stamp = `${goroot.version} ${goroot.dir} ${scriptHash}`;
  const indexPath = join(outDir, 'index.json');
  if (!force && existsSync(indexPath)) {
    try {
      if (JSON.parse(readFileSync(indexPath, 'utf8')).stamp === stamp) {
        return;
      }
    } catch {
      // rewrite it
    }
  }
  rmSync(outDir, { recursive: true, force: true });
  const src = join(goroot.dir, 'src');
  const packages = {};
  let bytes = 0;
  for (const [path, dir] of packageDirs(src)) {
    const files = buildFiles(dir);
    const names = Object.keys(files);
    if (names.length === 0) {
      continue;
    }
    const imports = new Set();
    for (const name of names) {
      for (const imp of stdImports(files[name], `${path}/${name}`)) {
        imports.add(imp);
      }
    }
    packages[path] = { files: names, imports: [...imports].sort() };
    const file = join(outDir, 'pkg', `${path}.json`);
    mkdirSync(dirname(file), { recursive: true });
    const text = JSON.stringify(files);
    bytes += text.length;
    writeFileSync(file, text);
  }
  writeFileSync(join(outDir, 'LICENSE'), licenseOf(goroot.dir));
  writeFileSync(
    indexPath,
    JSON.stringify({
      stamp,
      goVersion: goroot.version,
      goroot: goroot.dir,
      target: 'js/wasm',
      packages,
    }),
  );
  const count = Object.keys(packages).length;
  console.log(
    `std bundle: ${count} packages of ${goroot.version} (${(bytes / 1e6).toFixed(1)} MB) from ${src}`,
  );
}

try {
  main();
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
