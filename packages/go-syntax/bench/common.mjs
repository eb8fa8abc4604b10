// What the fast parser's bench scripts share: the Go files of a tree, and tree-sitter itself.
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Every .go file under `dir` (or `dir` itself when it is a file), sorted, links followed. */
export function goFiles(dir, out = []) {
  if (statSync(dir).isFile()) return [dir];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (st?.isDirectory()) goFiles(path, out);
    else if (st?.isFile() && name.endsWith('.go')) out.push(path);
  }
  return out;
}

/** A web-tree-sitter parser with tree-sitter-go's grammar, as installed beside go-syntax. */
export async function treeSitterParser() {
  const require = createRequire(join(here, '../package.json'));
  const { Parser, Language } = await import(pathToFileURL(require.resolve('web-tree-sitter')).href);
  await Parser.init({ locateFile: () => require.resolve('web-tree-sitter/web-tree-sitter.wasm') });
  const language = await Language.load(require.resolve('tree-sitter-go/tree-sitter-go.wasm'));
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

/** A node in one line: field, type, extent. */
export const describe = (n) =>
  n === undefined
    ? '(none)'
    : `${n.field ? `${n.field}: ` : ''}${n.named ? n.type : JSON.stringify(n.type)} [${n.start},${n.end})`;

/** The first difference between two trees (pre-order), as a path and both sides. */
export function firstDifference(expected, actual) {
  const stack = [[expected, actual, []]];
  while (stack.length > 0) {
    const [a, b, path] = stack.pop();
    if (
      a.type !== b.type ||
      a.named !== b.named ||
      a.field !== b.field ||
      a.start !== b.start ||
      a.end !== b.end ||
      a.missing !== b.missing
    ) {
      return { path, expected: describe(a), actual: describe(b) };
    }
    const here = [...path.slice(-5), describe(a)];
    const n = Math.max(a.children.length, b.children.length);
    for (let i = n - 1; i >= 0; i--) {
      const x = a.children[i];
      const y = b.children[i];
      if (x === undefined || y === undefined) {
        return { path: here, expected: describe(x), actual: describe(y) };
      }
      if (y.parent !== b) return { path: here, expected: 'parent link', actual: 'wrong parent' };
      stack.push([x, y, here]);
    }
  }
  return undefined;
}
