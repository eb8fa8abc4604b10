import type { GoNode } from '@mapscope/go-syntax';
import type { CheckedPackage } from './checked.ts';
import { fieldType, typeFromSyntax, underlying, UNKNOWN } from './go-types.ts';
import type { GoType } from './go-types.ts';
import type { PackageIndex } from './package-index.ts';
import type { Binding, Scopes } from './scope.ts';

/**
 * Types of expressions: as Go's type checker found them when the package was checked
 * (`checked`), else as far as the package's own declarations show them. Cached per node; a
 * binding's type is worked out once (cycles through `x := f(x)` give unknown).
 */
export class Typer {
  readonly #scopes: Scopes;
  readonly #index: PackageIndex;
  /** The checked package, made when a type is first asked for (undefined: not yet). */
  #checked: CheckedPackage | null | undefined;
  readonly #check: () => CheckedPackage | null;
  readonly #cache = new Map<GoNode, GoType>();
  readonly #bindingTypes = new Map<Binding, GoType>();

  /**
   * `check` gives the package checked (and the declaration's body), or null for none: called
   * once, when a type is first asked for (most declarations never ask).
   */
  constructor(
    scopes: Scopes,
    index: PackageIndex,
    check: () => CheckedPackage | null = () => null,
  ) {
    this.#scopes = scopes;
    this.#index = index;
    this.#check = check;
  }

  /** The checker's type of `node`, if the package was checked and it has one. */
  #checkerType(node: GoNode): GoType | undefined {
    if (this.#checked === undefined) {
      this.#checked = this.#check();
    }
    return this.#checked?.typeOf(node);
  }

  /** The type of an expression, or `unknown`. */
  typeOf(expr: GoNode | undefined): GoType {
    if (expr === undefined) {
      return UNKNOWN;
    }
    let t = this.#cache.get(expr);
    if (t === undefined) {
      this.#cache.set(expr, UNKNOWN);
      t = this.#compute(expr);
      this.#cache.set(expr, t);
    }
    return t;
  }

  /** The type a local binding has. */
  bindingType(b: Binding): GoType {
    let t = this.#bindingTypes.get(b);
    if (t === undefined) {
      this.#bindingTypes.set(b, UNKNOWN);
      t = this.#computeBinding(b);
      this.#bindingTypes.set(b, t);
    }
    return t;
  }

  /** A type written in the package (a type expression node). */
  typeFromSyntax(node: GoNode | undefined): GoType {
    return typeFromSyntax(node, this.#index.resolveType);
  }

  #computeBinding(b: Binding): GoType {
    const checked = this.#checkerType(b.ident);
    if (checked !== undefined) {
      return checked;
    }
    if (b.typeSyntax !== undefined) {
      return this.typeFromSyntax(b.typeSyntax);
    }
    if (b.rangeOf !== undefined) {
      return rangeElement(this.typeOf(b.rangeOf.expr), b.rangeOf.index);
    }
    return b.value === undefined ? UNKNOWN : this.typeOf(b.value);
  }

  #compute(e: GoNode): GoType {
    const checked = this.#checkerType(e);
    if (checked !== undefined) {
      return checked;
    }
    switch (e.type) {
      case 'identifier':
        return this.#identifier(e);
      case 'parenthesized_expression':
        return this.typeOf(e.namedChildren[0]);
      case 'composite_literal':
        return this.typeFromSyntax(e.child('type'));
      case 'type_conversion_expression':
      case 'type_assertion_expression':
        return this.typeFromSyntax(e.child('type'));
      case 'call_expression':
        return this.#call(e);
      case 'index_expression':
        return indexElement(this.typeOf(e.child('operand')));
      case 'slice_expression':
        return this.typeOf(e.child('operand'));
      case 'selector_expression':
        return fieldType(this.typeOf(e.child('operand')), e.child('field')?.text ?? '') ?? UNKNOWN;
      case 'unary_expression':
        return this.#unary(e);
      case 'interpreted_string_literal':
      case 'raw_string_literal':
        return { kind: 'basic', name: 'string' };
      case 'func_literal':
        return { kind: 'func', results: [] };
      default:
        return UNKNOWN;
    }
  }

  #identifier(e: GoNode): GoType {
    const b = this.#scopes.resolve(e);
    if (b !== undefined) {
      return this.bindingType(b);
    }
    const g = this.#index.global(e.text);
    if (g === undefined) {
      return UNKNOWN;
    }
    if (g.type !== undefined) {
      return this.typeFromSyntax(g.type);
    }
    if (g.literalType !== undefined) {
      return this.typeFromSyntax(g.literalType);
    }
    return this.typeOf(g.value);
  }

  #unary(e: GoNode): GoType {
    const operand = this.typeOf(e.child('operand'));
    if (e.hasToken('&')) {
      return { kind: 'pointer', elem: operand };
    }
    const u = underlying(operand);
    if (e.hasToken('*')) {
      return u.kind === 'pointer' ? u.elem : UNKNOWN;
    }
    if (e.hasToken('<-')) {
      return u.kind === 'chan' ? u.elem : UNKNOWN;
    }
    return operand;
  }

  #call(e: GoNode): GoType {
    const fn = e.child('function');
    const args = e.child('arguments')?.namedChildren ?? [];
    if (fn?.type === 'identifier' && this.#scopes.resolve(fn) === undefined) {
      switch (fn.text) {
        case 'make':
          return this.typeFromSyntax(args[0]);
        case 'new':
          return { kind: 'pointer', elem: this.typeFromSyntax(args[0]) };
        case 'append':
          return this.typeOf(args[0]);
        default:
          break;
      }
      if (this.#index.isType(fn.text)) {
        return this.typeFromSyntax(fn);
      }
      return this.#index.funcResults(fn.text)?.[0] ?? UNKNOWN;
    }
    if (fn?.type === 'parenthesized_expression' || fn?.type.endsWith('_type') === true) {
      // (map[K]V)(x), (*T)(p): a conversion spelled with a type in parentheses.
      const inner = fn.type === 'parenthesized_expression' ? fn.namedChildren[0] : fn;
      return this.typeFromSyntax(inner);
    }
    if (fn?.type === 'selector_expression') {
      const name = fn.child('field')?.text ?? '';
      const operand = fn.child('operand');
      const isPackage =
        operand?.type === 'identifier' &&
        this.#scopes.resolve(operand) === undefined &&
        this.#index.global(operand.text) === undefined;
      return isPackage ? UNKNOWN : (this.#index.methodResults(name)?.[0] ?? UNKNOWN);
    }
    const ft = underlying(this.typeOf(fn));
    return ft.kind === 'func' ? (ft.results[0] ?? UNKNOWN) : UNKNOWN;
  }
}

/** The element type of `x[i]`. */
function indexElement(t: GoType): GoType {
  let u = underlying(t);
  if (u.kind === 'pointer') {
    u = underlying(u.elem);
  }
  switch (u.kind) {
    case 'map':
    case 'slice':
    case 'array':
      return u.elem;
    case 'basic':
      return u.name === 'string' ? { kind: 'basic', name: 'byte' } : UNKNOWN;
    default:
      return UNKNOWN;
  }
}

/** The type of the first (index 0) or second range variable over a value of type `t`. */
function rangeElement(t: GoType, index: number): GoType {
  let u = underlying(t);
  if (u.kind === 'pointer') {
    u = underlying(u.elem);
  }
  switch (u.kind) {
    case 'map':
      return index === 0 ? u.key : u.elem;
    case 'slice':
    case 'array':
      return index === 0 ? { kind: 'basic', name: 'int' } : u.elem;
    case 'chan':
      return index === 0 ? u.elem : UNKNOWN;
    case 'basic':
      if (u.name === 'string') {
        return { kind: 'basic', name: index === 0 ? 'int' : 'rune' };
      }
      return index === 0 ? t : UNKNOWN;
    default:
      return UNKNOWN;
  }
}
