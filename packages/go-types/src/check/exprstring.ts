// Expressions as Go's compiler prints them in error messages. Go: cmd/compile/internal/syntax
// printer.go (the short form used by types2's operand strings).
import type { Expr, FuncTypeExpr } from '../syntax/ast.ts';

export function exprString(e: Expr): string {
  switch (e.kind) {
    case 'Ident':
      return e.name;
    case 'BasicLit':
      return e.raw;
    case 'CompositeLit':
      return `${e.type === null ? '' : exprString(e.type)}{${e.elts.length === 0 ? '' : '…'}}`;
    case 'FuncLit':
      return `func${funcTypeString(e.type)} {…}`;
    case 'ParenExpr':
      return `(${exprString(e.x)})`;
    case 'SelectorExpr':
      return `${exprString(e.x)}.${e.sel.name}`;
    case 'IndexExpr':
      return `${exprString(e.x)}[${e.indices.map(exprString).join(', ')}]`;
    case 'SliceExpr': {
      let s = `${exprString(e.x)}[`;
      s += e.low === null ? '' : exprString(e.low);
      s += ':';
      s += e.high === null ? '' : exprString(e.high);
      if (e.slice3) {
        s += `:${e.max === null ? '' : exprString(e.max)}`;
      }
      return `${s}]`;
    }
    case 'TypeAssertExpr':
      return `${exprString(e.x)}.(${e.type === null ? 'type' : exprString(e.type)})`;
    case 'CallExpr':
      return `${exprString(e.fun)}(${e.args.map(exprString).join(', ')}${e.ellipsis ? '...' : ''})`;
    case 'StarExpr':
      return `*${exprString(e.x)}`;
    case 'UnaryExpr':
      return `${e.op}${exprString(e.x)}`;
    case 'BinaryExpr':
      return `${exprString(e.x)} ${e.op} ${exprString(e.y)}`;
    case 'KeyValueExpr':
      return `${exprString(e.key)}: ${exprString(e.value)}`;
    case 'ArrayType':
      return `[${e.len === null ? '' : e.len === 'ellipsis' ? '...' : exprString(e.len)}]${exprString(e.elem)}`;
    case 'MapType':
      return `map[${exprString(e.key)}]${exprString(e.value)}`;
    case 'ChanType':
      return `${e.dir === 'recv' ? '<-chan' : e.dir === 'send' ? 'chan<-' : 'chan'} ${exprString(e.value)}`;
    case 'StructType':
      return 'struct{…}';
    case 'FuncType':
      return `func${funcTypeString(e)}`;
    case 'InterfaceType':
      return e.elems.length === 0 ? 'interface{}' : 'interface{…}';
    case 'Constraint':
      return e.terms.map((t) => `${t.tilde ? '~' : ''}${exprString(t.type)}`).join(' | ');
    case 'BadExpr':
      return 'BadExpr';
  }
}

function funcTypeString(t: FuncTypeExpr): string {
  const fields = (fs: FuncTypeExpr['params']): string =>
    fs
      .map((f) => {
        const ts = `${f.variadic ? '...' : ''}${exprString(f.type)}`;
        return f.names.length === 0 ? ts : `${f.names.map((n) => n.name).join(', ')} ${ts}`;
      })
      .join(', ');
  const params = `(${fields(t.params)})`;
  if (t.results.length === 0) {
    return params;
  }
  const only = t.results[0];
  if (t.results.length === 1 && only?.names.length === 0) {
    return `${params} ${exprString(only.type)}`;
  }
  return `${params} (${fields(t.results)})`;
}
