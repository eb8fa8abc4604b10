import type { GoNode, ParsedFile, TsNode } from '@mapscope/go-syntax';
import { resultTypes, typeFromSyntax } from './go-types.ts';
import type { GoType } from './go-types.ts';

/** A package-level variable: its declared type, or what its value shows of one. */
export interface GlobalVar {
  readonly type?: GoNode;
  readonly value?: GoNode;
  /** For a large composite literal: its type only. */
  readonly literalType?: GoNode;
}

/** What the package declares at top level: types, functions' results, package variables. */
export class PackageIndex {
  readonly #typeSyntax = new Map<string, GoNode>();
  readonly #types = new Map<string, GoType>();
  readonly #funcResults = new Map<string, GoNode | undefined>();
  readonly #methodResults = new Map<string, GoNode | undefined | 'ambiguous'>();
  readonly #globals = new Map<string, GlobalVar>();

  /** Indexes the top-level declarations of a package's files. */
  static build(files: readonly ParsedFile[]): PackageIndex {
    const index = new PackageIndex();
    for (const file of files) {
      for (const decl of file.root.namedChildren) {
        index.#add(file, decl);
      }
    }
    return index;
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
    const named: GoType = {
      kind: 'named',
      name,
      underlying: () => typeFromSyntax(syntax, this.resolveType),
    };
    this.#types.set(name, named);
    return named;
  }

  /** Resolves a type name in this package (for typeFromSyntax). */
  readonly resolveType = (name: string): GoType | undefined => this.type(name);

  /** The result types of a package-level function, or undefined if there is no such function. */
  funcResults(name: string): GoType[] | undefined {
    if (!this.#funcResults.has(name)) {
      return undefined;
    }
    return resultTypes(this.#funcResults.get(name), this.resolveType);
  }

  /** The result types of a method, when exactly one type of the package declares that name. */
  methodResults(name: string): GoType[] | undefined {
    const r = this.#methodResults.get(name);
    return r === 'ambiguous' || !this.#methodResults.has(name)
      ? undefined
      : resultTypes(r, this.resolveType);
  }

  /** A package-level variable declared in this package. */
  global(name: string): GlobalVar | undefined {
    return this.#globals.get(name);
  }

  /** Whether `name` is a package-level type (so `name(x)` is a conversion). */
  isType(name: string): boolean {
    return this.#typeSyntax.has(name);
  }

  #add(file: ParsedFile, decl: TsNode): void {
    switch (decl.type) {
      case 'type_declaration':
        for (const spec of file.toGoNode(decl).namedChildren) {
          const name = spec.child('name')?.text;
          const type = spec.child('type');
          if (name !== undefined && type !== undefined) {
            this.#typeSyntax.set(name, type);
          }
        }
        break;
      case 'function_declaration': {
        const nameNode = decl.childForFieldName('name');
        const name = nameNode === null ? undefined : file.text(nameNode);
        if (name !== undefined) {
          this.#funcResults.set(name, convertField(file, decl, 'result'));
        }
        break;
      }
      case 'method_declaration': {
        const nameNode = decl.childForFieldName('name');
        const name = nameNode === null ? undefined : file.text(nameNode);
        if (name !== undefined) {
          const result = convertField(file, decl, 'result');
          const known = this.#methodResults.get(name);
          const same = known !== undefined && known !== 'ambiguous' && known.text === result?.text;
          this.#methodResults.set(
            name,
            this.#methodResults.has(name) && !same ? 'ambiguous' : result,
          );
        }
        break;
      }
      case 'var_declaration':
        this.#addVars(file, decl);
        break;
      default:
        break;
    }
  }

  #addVars(file: ParsedFile, decl: TsNode): void {
    const specs = decl.namedChildren.flatMap((c) =>
      c.type === 'var_spec_list' ? c.namedChildren : [c],
    );
    for (const spec of specs) {
      if (spec.type !== 'var_spec') {
        continue;
      }
      const type = convertField(file, spec, 'type');
      const values = spec.childForFieldName('value')?.namedChildren ?? [];
      const names = spec.childrenForFieldName('name');
      names.forEach((nameNode, i) => {
        const value = values.length === names.length ? values[i] : undefined;
        this.#globals.set(file.text(nameNode), {
          ...(type === undefined ? {} : { type }),
          ...(value === undefined ? {} : shallowValue(file, value)),
        });
      });
    }
  }
}

function convertField(file: ParsedFile, node: TsNode, field: string): GoNode | undefined {
  const child = node.childForFieldName(field);
  return child === null ? undefined : file.toGoNode(child);
}

/**
 * Package variables can be huge tables (unicode, crypto constants): a large value is not
 * copied, except the type of a composite literal, which is all typing needs from it.
 */
function shallowValue(file: ParsedFile, value: TsNode): { value?: GoNode; literalType?: GoNode } {
  if (value.endIndex - value.startIndex < 400) {
    return { value: file.toGoNode(value) };
  }
  const type = value.type === 'composite_literal' ? value.childForFieldName('type') : null;
  return type === null ? {} : { literalType: file.toGoNode(type) };
}
