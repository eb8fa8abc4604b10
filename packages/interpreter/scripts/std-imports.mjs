// The import paths a Go file's import declarations name, read without a parser: the package
// clause, then `import "p"`, `import name "p"` and `import ( … )` groups, with comments
// anywhere between. The bundle records them so a browser can fetch a program's packages
// before compiling it.

/** The import paths of a Go file, in order; `file` names it in errors. */
export function stdImports(source, file) {
  let i = 0;
  const n = source.length;
  const skip = () => {
    for (;;) {
      while (i < n && /\s/.test(source[i])) {
        i++;
      }
      if (source.startsWith('//', i)) {
        const end = source.indexOf('\n', i);
        i = end < 0 ? n : end + 1;
      } else if (source.startsWith('/*', i)) {
        const end = source.indexOf('*/', i + 2);
        i = end < 0 ? n : end + 2;
      } else {
        return;
      }
    }
  };
  const word = () => {
    skip();
    const m = /^[A-Za-z_][A-Za-z0-9_]*|^\./.exec(source.slice(i, i + 200));
    if (m === null) {
      return null;
    }
    i += m[0].length;
    return m[0];
  };
  const string = () => {
    skip();
    const q = source[i];
    if (q !== '"' && q !== '`') {
      throw new Error(`${file}: import path expected at offset ${i}`);
    }
    const end = source.indexOf(q, i + 1);
    const path = source.slice(i + 1, end);
    i = end + 1;
    return path;
  };
  const spec = (out) => {
    skip();
    if (source[i] !== '"' && source[i] !== '`') {
      word();
    }
    out.push(string());
  };
  if (word() !== 'package' || word() === null) {
    throw new Error(`${file}: no package clause`);
  }
  const out = [];
  for (;;) {
    const save = i;
    skip();
    if (source[i] === ';') {
      i++;
      continue;
    }
    if (word() !== 'import') {
      i = save;
      return out;
    }
    skip();
    if (source[i] === '(') {
      i++;
      for (;;) {
        skip();
        if (source[i] === ')') {
          i++;
          break;
        }
        if (source[i] === ';') {
          i++;
          continue;
        }
        spec(out);
      }
    } else {
      spec(out);
    }
  }
}
