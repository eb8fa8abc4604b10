import type { GoNode, ParsedFile } from '@mapscope/go-syntax';
import { resultTypes, typeFromSyntax } from './go-types.ts';
import type { GoType } from './go-types.ts';

/** A package-level variable: its declared type, or what its value shows of one. */
export interface GlobalVar {
  readonly type?: GoNode;
  readonly value?: GoNode;
  /** For a large composite literal: its type only. */
  readonly literalType?: GoNode;
}

/** A function or method the package declares with a body, for following calls into it. */
export interface PackageFunc {
  /** `f`, or `T.m` for a method. */
  readonly name: string;
  readonly node: GoNode;
  readonly file: ParsedFile;
}

/** A syntax node kept as tree-sitter's until someone asks for it as a GoNode. */
type Lazy<T> = () => T;

function lazy<T>(make: () => T): Lazy<T> {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

/**
 * What the package declares at top level: types, functions' results, package variables.
 * Declarations stay tree-sitter nodes until a rule asks about them: most of a package's
 * types are never looked at, and copying them all cost a second over the standard library.
 * The index must not outlive the files' trees.
 */
export class PackageIndex {
  readonly #typeSyntax = new Map<string, Lazy<GoNode>>();
  readonly #types = new Map<string, GoType>();
  readonly #funcResults = new Map<string, Lazy<GoNode | undefined>>();
  readonly #methodResults = new Map<string, Lazy<GoNode | undefined> | 'ambiguous'>();
  readonly #methodResultText = new Map<string, string>();
  readonly #globals = new Map<string, Lazy<GlobalVar>>();
  readonly #methodsByType = new Map<string, Lazy<PackageFunc>[]>();
  /** Functions by name, methods by `T.m`; 'ambiguous' when declared twice (platform files). */
  readonly #funcs = new Map<string, Lazy<PackageFunc> | 'ambiguous'>();

  /** Indexes the top-level declarations of a package's files. */
  static build(files: readonly ParsedFile[]): PackageIndex {
    const index = new PackageIndex(files);
    for (const file of files) {
      for (const decl of file.topLevelNodes) {
        index.#add(file, decl);
      }
    }
    return index;
  }

  /** The package's files. */
  readonly files: readonly ParsedFile[];

  private constructor(files: readonly ParsedFile[]) {
    this.files = files;
  }

  /** The names of the package's types. */
  typeNames(): IterableIterator<string> {
    return this.#typeSyntax.keys();
  }

  /** A package-level type by name. */
  type(name: string): GoType | undefined {
    const cached = this.#types.get(name);
    if (cached !== undefined) {
      return cached;
    }
    const syntax = this.#typeSyntax.get(name);
    if (syntax === undefined) {
      return undefined;
    }
    const resolved = lazy(() => typeFromSyntax(syntax(), this.resolveType));
    const named: GoType = { kind: 'named', name, underlying: resolved };
    this.#types.set(name, named);
    return named;
  }

  /** Resolves a type name in this package (for typeFromSyntax). */
  readonly resolveType = (name: string): GoType | undefined => this.type(name);

  /** The result types of a package-level function, or undefined if there is no such function. */
  funcResults(name: string): GoType[] | undefined {
    const result = this.#funcResults.get(name);
    return result === undefined ? undefined : resultTypes(result(), this.resolveType);
  }

  /** The result types of a method, when exactly one type of the package declares that name. */
  methodResults(name: string): GoType[] | undefined {
    const result = this.#methodResults.get(name);
    return result === undefined || result === 'ambiguous'
      ? undefined
      : resultTypes(result(), this.resolveType);
  }

  /** A package-level variable declared in this package. */
  global(name: string): GlobalVar | undefined {
    return this.#globals.get(name)?.();
  }

  /**
   * The method declarations whose receiver is the package type `name` (`T`, `*T`, `T[K]`),
   * in every file of the package, read as GoNodes when first asked for.
   */
  methodsOf(name: string): readonly GoNode[] {
    return (this.#methodsByType.get(name) ?? []).map((m) => m().node);
  }

  /** The package function `name`, when exactly one declaration with a body has that name. */
  func(name: string): PackageFunc | undefined {
    const f = this.#funcs.get(name);
    return f === undefined || f === 'ambiguous' ? undefined : f();
  }

  /** Method `name` of the package type `type` (declared on T or *T), as for {@link func}. */
  method(type: string, name: string): PackageFunc | undefined {
    return this.func(`${type}.${name}`);
  }

  /** Indexes a function (or method `T.m`) by name; returns its lazily built syntax. */
  #addFunc(file: ParsedFile, decl: GoNode, name: string): Lazy<PackageFunc> {
    const fn = lazy(() => ({ name, node: decl, file }));
    if (decl.child('body') !== undefined) {
      this.#funcs.set(name, this.#funcs.has(name) ? 'ambiguous' : fn);
    }
    return fn;
  }

  /** Whether `name` is a package-level type (so `name(x)` is a conversion). */
  isType(name: string): boolean {
    return this.#typeSyntax.has(name);
  }

  #add(file: ParsedFile, decl: GoNode): void {
    switch (decl.type) {
      case 'type_declaration':
        for (const spec of decl.namedChildren) {
          const name = spec.child('name');
          const type = spec.child('type');
          if (name !== undefined && type !== undefined) {
            this.#typeSyntax.set(file.text(name), () => type);
          }
        }
        break;
      case 'function_declaration': {
        const name = decl.child('name');
        if (name !== undefined) {
          this.#funcResults.set(file.text(name), lazyField(decl, 'result'));
          this.#addFunc(file, decl, file.text(name));
        }
        break;
      }
      case 'method_declaration':
        this.#addMethod(file, decl);
        break;
      case 'var_declaration':
        this.#addVars(file, decl);
        break;
      default:
        break;
    }
  }

  #addMethod(file: ParsedFile, decl: GoNode): void {
    const nameNode = decl.child('name');
    if (nameNode === undefined) {
      return;
    }
    const name = file.text(nameNode);
    const receiver = receiverTypeName(file, decl);
    if (receiver !== undefined) {
      const methods = this.#methodsByType.get(receiver) ?? [];
      methods.push(this.#addFunc(file, decl, `${receiver}.${name}`));
      this.#methodsByType.set(receiver, methods);
    }
    const resultNode = decl.child('result');
    const text = resultNode === undefined ? '' : file.text(resultNode);
    const known = this.#methodResultText.get(name);
    if (known === undefined) {
      this.#methodResultText.set(name, text);
      this.#methodResults.set(name, lazyField(decl, 'result'));
    } else if (known !== text) {
      this.#methodResults.set(name, 'ambiguous');
    }
  }

  #addVars(file: ParsedFile, decl: GoNode): void {
    const specs = decl.namedChildren.flatMap((c) =>
      c.type === 'var_spec_list' ? c.namedChildren : [c],
    );
    for (const spec of specs) {
      if (spec.type !== 'var_spec') {
        continue;
      }
      const type = lazyField(spec, 'type');
      const values = spec.child('value')?.namedChildren ?? [];
      const names = spec.fieldChildren('name');
      names.forEach((nameNode, i) => {
        const value = values.length === names.length ? values[i] : undefined;
        this.#globals.set(
          file.text(nameNode),
          lazy(() => {
            const t = type();
            return {
              ...(t === undefined ? {} : { type: t }),
              ...(value === undefined ? {} : shallowValue(value)),
            };
          }),
        );
      });
    }
  }
}

/** The name a method declaration gives its receiver (`c` of `func (c *T) M()`). */
export function receiverName(decl: GoNode): string | undefined {
  return decl.child('receiver')?.namedChildren[0]?.child('name')?.text;
}

/** The name of a method's receiver type: `T` for `(t T)`, `(t *T)` and `(t *T[K])`. */
export function receiverTypeName(file: ParsedFile, decl: GoNode): string | undefined {
  let t = decl.child('receiver')?.namedChildren[0]?.child('type');
  if (t?.type === 'pointer_type') {
    t = t.namedChildren[0];
  }
  if (t?.type === 'generic_type') {
    t = t.child('type');
  }
  return t?.type === 'type_identifier' ? file.text(t) : undefined;
}

function lazyField(node: GoNode, field: string): Lazy<GoNode | undefined> {
  const child = node.child(field);
  return () => child;
}

/**
 * Package variables can be huge tables (unicode, crypto constants): of a large value only the
 * type of a composite literal is given, which is all typing needs from it.
 */
function shallowValue(value: GoNode): { value?: GoNode; literalType?: GoNode } {
  if (value.end - value.start < 400) {
    return { value };
  }
  const type = value.type === 'composite_literal' ? value.child('type') : undefined;
  return type === undefined ? {} : { literalType: type };
}
