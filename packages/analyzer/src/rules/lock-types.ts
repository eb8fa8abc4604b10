import { linuxAmd64, matchFile } from '@mapscope/go-syntax';
import type { GoNode, ParsedFile } from '@mapscope/go-syntax';
import { typeFromSyntax, underlying, UNKNOWN } from '../go-types.ts';
import type { GoType, TypeNameResolver } from '../go-types.ts';
import { importSpecs } from '../imports.ts';
import type { PackageIndex } from '../package-index.ts';

/**
 * Which types hold a lock, for MH010 lock-copied-by-value, as go vet's copylocks decides it
 * (Go: cmd/vendor/golang.org/x/tools/go/analysis/passes/copylock/copylock.go lockPath) but
 * from syntax alone. vet calls a struct type a lock when `*T` implements sync.Locker and `T`
 * does not, and searches struct fields and array elements for one (never through pointers,
 * slices, maps, channels or interfaces). Here a lock is:
 *
 * - one of the sync types below, or a sync/atomic type with a `noCopy` field (Go 1.19's
 *   Bool, Int32, Int64, Uint32, Uint64, Uintptr, Pointer; not atomic.Value), written with a
 *   qualifier that the file where it is written imports from "sync" or "sync/atomic" (so
 *   go.uber.org/atomic's Int64, which vet does not flag, is not one);
 * - a struct type of the package with pointer methods `Lock()` and `Unlock()` and no
 *   fields but sized integers: the `noCopy` marker idiom and hand-written spin locks. A
 *   type that merely has such methods over other state (a file lock, a channel semaphore)
 *   is not one, unlike vet, and a `Lock` method alone never is (golang/go#18451);
 * - a type of the package whose fields (or array elements) hold one of these.
 *
 * Types of other packages are not visible and count as no lock.
 */
export class LockTypes {
  readonly #index: PackageIndex;
  readonly #facts: PackageLockFacts | undefined;
  /** Lock paths of package types, for files of the linux/amd64 build and for the others. */
  readonly #paths = new Map<string, readonly string[] | null>();
  readonly #pathsAnyBuild = new Map<string, readonly string[] | null>();
  #lockNames: readonly string[] | undefined;
  readonly #mentions = new Map<string, RegExp | null>();

  constructor(index: PackageIndex, facts: PackageLockFacts | undefined) {
    this.#index = index;
    this.#facts = facts;
  }

  /**
   * Whether a declaration's text in `file` names a lock: a package type holding one, a sync
   * or sync/atomic lock type, or a package variable holding one. A cheap, text-only
   * necessary condition for MH010 to find a copy there (the candidate filter asks): the
   * type of a copied value comes from a parameter, a variable or a literal the declaration
   * spells, or from such a package variable.
   */
  mentionsLock(file: string, text: string): boolean {
    let pattern = this.#mentions.get(file);
    if (pattern === undefined) {
      pattern = this.#mentionPattern(file);
      this.#mentions.set(file, pattern);
    }
    return pattern?.test(text) === true;
  }

  #mentionPattern(file: string): RegExp | null {
    this.#lockNames ??= this.#packageLockNames();
    const imports = this.#facts?.fileImports.get(file) ?? DEFAULT_PATHS;
    const qualifiers = [...new Set([...imports.keys(), ...DEFAULT_PATHS.keys()])].filter((name) =>
      isLockPackage(importPath(imports, name)),
    );
    return mentionPattern(this.#lockNames, qualifiers);
  }

  /** The package's types and variables that hold a lock. */
  #packageLockNames(): string[] {
    const facts = this.#facts;
    if (facts === undefined) {
      return [];
    }
    // Only declarations whose text could hold a lock are read as types: reading every
    // type and variable of the standard library costs a second.
    const maybe = maybeLockTypes(facts);
    const names = [...maybe].filter((name) => {
      const t = this.#index.type(name);
      return t !== undefined && this.pathOf(t, undefined) !== undefined;
    });
    const mentions = mentionPattern(names, lockQualifiers(facts));
    for (const [name, file, text] of facts.globals) {
      if (mentions?.test(text) !== true) {
        continue;
      }
      const g = this.#index.global(name);
      const syntax = g?.type ?? g?.literalType ?? literalTypeOf(g?.value);
      const t = syntax === undefined ? undefined : typeFromSyntax(syntax, this.#index.resolveType);
      if (t !== undefined && this.pathOf(t, file) !== undefined) {
        names.push(name);
      }
    }
    return names;
  }

  /** The file that declares package type `name`. */
  declaringFile(name: string): string | undefined {
    const variants = this.#facts?.typeVariants.get(name) ?? [];
    return variants.length === 1 ? variants[0]?.file : undefined;
  }

  /**
   * Where the lock sits in `t`, outermost first, as vet prints it joined by "contains":
   * `['Server', 'sync.Mutex']`. Undefined when `t` holds no lock or cannot be told.
   * `file` is where `t` was spelled, when known: its imports say what `sync.X` and
   * `atomic.X` are. The type of an expression may have been spelled in any file (a field
   * reached through a selector is spelled where its struct is declared): pass undefined,
   * and a qualifier that files of the package import from different paths is unknown.
   */
  pathOf(t: GoType, file: string | undefined, from?: string): readonly string[] | undefined {
    const imports =
      file === undefined ? this.#facts?.sharedImports : this.#facts?.fileImports.get(file);
    const anyBuild = from !== undefined && this.#facts?.builtFiles.has(from) === false;
    return this.#path(t, imports ?? DEFAULT_PATHS, { seen: new Set(), anyBuild });
  }

  #path(t: GoType, imports: Imports, search: Search): readonly string[] | undefined {
    switch (t.kind) {
      case 'array':
        return this.#path(t.elem, imports, search);
      case 'qualified':
        return qualifiedLock(importPath(imports, t.pkg), t.name);
      case 'struct': {
        const sub = this.#fields(t, imports, search);
        return sub === undefined ? undefined : ['struct{...}', ...sub];
      }
      case 'named':
        return this.#named(t, search);
      default:
        return undefined;
    }
  }

  /** A package type: its fields were written in the file that declares it. */
  #named(t: Extract<GoType, { kind: 'named' }>, search: Search): readonly string[] | undefined {
    const paths = search.anyBuild ? this.#pathsAnyBuild : this.#paths;
    const cached = paths.get(t.name);
    if (cached !== undefined) {
      return cached ?? undefined;
    }
    if (search.seen.has(t.name) || this.#facts?.shadowed.has(t.name) === true) {
      return undefined;
    }
    search.seen.add(t.name);
    const variants = this.#facts?.typeVariants.get(t.name);
    let sub: readonly string[] | undefined;
    if (variants === undefined) {
      sub = this.#declared(t.name, t.underlying(), undefined, search);
    } else {
      // Declared once per platform (fd_unix.go, fd_windows.go): the linux/amd64 build's
      // declaration, and when that cannot be told (or for code outside that build), a
      // verdict all declarations share.
      const subs = (search.anyBuild ? variants : buildVariants(variants)).map((v) =>
        this.#declared(t.name, this.#variantType(v), v.file, search),
      );
      const agree = subs.every((s) => (s === undefined) === (subs[0] === undefined));
      sub = agree ? subs[0] : undefined;
    }
    const path = sub === undefined ? undefined : [t.name, ...sub];
    paths.set(t.name, path ?? null);
    return path;
  }

  /**
   * A declaration's type, its struct fields read from syntax: the index keeps one field per
   * name, so `_ noCopy; _ align64` (sync/atomic.Int64) would lose its noCopy, and it reads
   * a type declared once per platform from whichever file came last.
   */
  #variantType(v: TypeVariant): GoType {
    v.type ??= structFromFields(v.syntax(), this.#index.resolveType);
    return v.type;
  }

  /**
   * The type of field `field` of package type `owner` when `owner` is declared once per
   * platform: from the linux/amd64 declaration (UNKNOWN when that cannot be told, or when
   * `from`, the file being checked, is outside that build and the declarations differ); undefined
   * for a type declared once, where the index's answer stands.
   */
  platformFieldType(owner: string, field: string, from: string): GoType | undefined {
    const variants = this.#facts?.typeVariants.get(owner);
    if (variants === undefined || variants.length < 2) {
      return undefined;
    }
    const anyBuild = this.#facts?.builtFiles.has(from) === false;
    const candidates = anyBuild ? variants : buildVariants(variants);
    const texts = new Set(candidates.map((v) => v.text));
    const only = texts.size === 1 ? candidates[0] : undefined;
    const t = only === undefined ? undefined : underlying(this.#variantType(only));
    return (t?.kind === 'struct' ? t.fields.get(field) : undefined) ?? UNKNOWN;
  }

  /** The lock path below package type `name`, declared as `u` in `file`. */
  #declared(
    name: string,
    u: GoType,
    file: string | undefined,
    search: Search,
  ): readonly string[] | undefined {
    const imports =
      (file === undefined ? undefined : this.#facts?.fileImports.get(file)) ?? DEFAULT_PATHS;
    if (u.kind === 'named') {
      return this.#named(u, search);
    }
    if (u.kind === 'struct') {
      const isLocker = this.#facts?.lockers.has(name) === true && isCounterStruct(u);
      return isLocker ? [] : this.#fields(u, imports, search);
    }
    return this.#path(u, imports, search);
  }

  #fields(
    t: Extract<GoType, { kind: 'struct' }>,
    imports: Imports,
    search: Search,
  ): readonly string[] | undefined {
    for (const f of t.fields.values()) {
      const sub = this.#path(f, imports, search);
      if (sub !== undefined) {
        return sub;
      }
    }
    return undefined;
  }
}

/**
 * The package types whose declaration text names a sync or sync/atomic lock type, another
 * such package type, or that have pointer Lock and Unlock methods: a superset of the types
 * holding a lock, found without reading any type.
 */
function maybeLockTypes(facts: PackageLockFacts): Set<string> {
  const qualified = mentionPattern([], lockQualifiers(facts));
  const maybe = new Set(
    [...facts.typeTexts]
      .filter(([name, text]) => facts.lockers.has(name) || qualified?.test(text) === true)
      .map(([name]) => name),
  );
  for (let added = maybe.size > 0; added;) {
    added = false;
    const mentions = mentionPattern([...maybe], []);
    for (const [name, text] of facts.typeTexts) {
      if (!maybe.has(name) && mentions?.test(text) === true) {
        maybe.add(name);
        added = true;
      }
    }
  }
  return maybe;
}

/** Every name any file of the package (or the default) gives sync or sync/atomic. */
function lockQualifiers(facts: PackageLockFacts): string[] {
  const names = new Set(DEFAULT_PATHS.keys());
  for (const imports of facts.fileImports.values()) {
    for (const [name, path] of imports) {
      if (isLockPackage(path)) {
        names.add(name);
      }
    }
  }
  return [...names];
}

/** A pattern matching any of `names` as a word, or `q.Mutex` and kin for any qualifier q. */
function mentionPattern(names: readonly string[], qualifiers: readonly string[]): RegExp | null {
  const alternatives = [
    ...(names.length === 0 ? [] : [`\\b(?:${names.join('|')})\\b`]),
    ...(qualifiers.length === 0
      ? []
      : [`\\b(?:${qualifiers.join('|')})\\s*\\.\\s*(?:${LOCK_NAMES.join('|')})\\b`]),
  ];
  return alternatives.length === 0 ? null : new RegExp(alternatives.join('|'));
}

/** One search for a lock: the package types on the way, and which declarations count. */
interface Search {
  readonly seen: Set<string>;
  /** Checking a file outside the linux/amd64 build: every declaration of a type counts. */
  readonly anyBuild: boolean;
}

/** A file's imports: name → import path. */
type Imports = ReadonlyMap<string, string>;

/** What `pkg` names in a file; a name the file does not import is read as the usual one. */
function importPath(imports: Imports, pkg: string): string | undefined {
  return imports.get(pkg) ?? DEFAULT_PATHS.get(pkg);
}

function isLockPackage(path: string | undefined): boolean {
  return path === 'sync' || path === 'sync/atomic';
}

function qualifiedLock(path: string | undefined, name: string): readonly string[] | undefined {
  if (path === 'sync') {
    return SYNC_LOCKS.get(name);
  }
  if (path === 'sync/atomic' && ATOMIC_LOCKS.has(name)) {
    return [`sync/atomic.${name}`, 'sync/atomic.noCopy'];
  }
  return undefined;
}

/** The sync types and the path go1.19's vet prints for each (copylock_test.go's wording). */
const SYNC_LOCKS: ReadonlyMap<string, readonly string[]> = new Map([
  ['Mutex', ['sync.Mutex']],
  ['RWMutex', ['sync.RWMutex']],
  ['WaitGroup', ['sync.WaitGroup', 'sync.noCopy']],
  ['Cond', ['sync.Cond', 'sync.noCopy']],
  ['Pool', ['sync.Pool', 'sync.noCopy']],
  ['Once', ['sync.Once', 'sync.Mutex']],
  ['Map', ['sync.Map', 'sync.Mutex']],
]);

/** Go 1.19's sync/atomic types with a `_ noCopy` field (sync/atomic/type.go). */
const ATOMIC_LOCKS: ReadonlySet<string> = new Set([
  'Bool',
  'Int32',
  'Int64',
  'Uint32',
  'Uint64',
  'Uintptr',
  'Pointer',
]);

/** Every type name of sync and sync/atomic that is a lock. */
const LOCK_NAMES: readonly string[] = [...new Set([...SYNC_LOCKS.keys(), ...ATOMIC_LOCKS])];

/** The build whose declaration of a platform-specific type counts (any go1.N tag holds). */
const LINUX_AMD64 = linuxAmd64(99);

/** The import path of a name that files of the package import from different paths. */
const UNKNOWN_PATH = '';

const DEFAULT_PATHS: ReadonlyMap<string, string> = new Map([
  ['sync', 'sync'],
  ['atomic', 'sync/atomic'],
]);

const COUNTERS = new Set(['int32', 'uint32', 'int64', 'uint64', 'uintptr']);

/** No fields, or only sized integer fields (a spin lock's state word). */
function isCounterStruct(t: Extract<GoType, { kind: 'struct' }>): boolean {
  for (const f of t.fields.values()) {
    if (f.kind !== 'basic' || !COUNTERS.has(f.name)) {
      return false;
    }
  }
  return true;
}

/** What the lock search needs from the package's files, read while their trees are alive. */
interface PackageLockFacts {
  /** Each file's imports, by file path. */
  readonly fileImports: ReadonlyMap<string, Imports>;
  /** What each import name means in any file: unknown where files disagree. */
  readonly sharedImports: Imports;
  /** The files that are part of the linux/amd64 build. */
  readonly builtFiles: ReadonlySet<string>;
  /** The file that declares each package type. */
  /** Each package type's declarations: one, or one per platform. */
  readonly typeVariants: ReadonlyMap<string, readonly TypeVariant[]>;
  /** Package types with pointer Lock() and Unlock() methods and no value ones. */
  readonly lockers: ReadonlySet<string>;
  /** Generic types whose type parameters shadow a package type: their fields are unknown. */
  readonly shadowed: ReadonlySet<string>;
  /** Each package type's declaration text. */
  readonly typeTexts: ReadonlyMap<string, string>;
  /** Package variables: name, declaring file, the start of the declaration's text. */
  readonly globals: readonly (readonly [string, string, string])[];
}

/** The type of a composite literal value (`var x = T{}`). */
function literalTypeOf(value: GoNode | undefined): GoNode | undefined {
  return value?.type === 'composite_literal' ? value.child('type') : undefined;
}

const registered = new WeakMap<PackageIndex, LockTypes>();

/**
 * Reads the package's imports, its Lock/Unlock methods and its generic types from the files'
 * top-level declarations, so that {@link lockTypesOf} can answer for `index` later. Called
 * once per package before the candidate filter runs.
 */
export function registerLockTypes(index: PackageIndex, files: readonly ParsedFile[]): void {
  const fileImports = new Map<string, Imports>();
  const typeVariants = new Map<string, TypeVariant[]>();
  const builtFiles = new Set<string>();
  const pointerMethods = new Map<string, Set<string>>();
  const valueMethods = new Set<string>();
  const generic: [string, string[]][] = [];
  const typeTexts = new Map<string, string>();
  const globals: [string, string, string][] = [];
  for (const file of files) {
    const built = matchFile(LINUX_AMD64, file.path, file.source);
    if (built) {
      builtFiles.add(file.path);
    }
    fileImports.set(
      file.path,
      new Map(
        importSpecs(file).map(({ name, path }) => [
          name ?? path.slice(path.lastIndexOf('/') + 1),
          path,
        ]),
      ),
    );
    for (const decl of file.topLevelNodes) {
      if (decl.type === 'method_declaration') {
        readLockMethod(file, decl, pointerMethods, valueMethods);
      } else if (decl.type === 'type_declaration') {
        readTypes(file, decl, built, { typeVariants, typeTexts, generic });
      } else if (decl.type === 'var_declaration') {
        readVarNames(file, decl, globals);
      }
    }
  }
  const lockers = new Set<string>();
  for (const [type, methods] of pointerMethods) {
    if (methods.size === 2 && !valueMethods.has(type)) {
      lockers.add(type);
    }
  }
  const shadowed = new Set(
    generic.filter(([, params]) => params.some((p) => index.isType(p))).map(([name]) => name),
  );
  const sharedImports = completeImports(fileImports);
  const facts = {
    fileImports,
    sharedImports,
    builtFiles,
    typeVariants,
    typeTexts,
    lockers,
    shadowed,
    globals,
  };
  registered.set(index, new LockTypes(index, facts));
}

/**
 * The lock search for a package: the one {@link registerLockTypes} prepared, or, when the
 * package was not registered, one that reads `sync` and `atomic` as the standard packages
 * and knows no Lock/Unlock methods.
 */
export function lockTypesOf(index: PackageIndex): LockTypes {
  let locks = registered.get(index);
  if (locks === undefined) {
    locks = new LockTypes(index, undefined);
    registered.set(index, locks);
  }
  return locks;
}

/**
 * Adds to each file's imports the names it does not import but other files do: a field
 * type reached through a selector (`p.mu`) was spelled in the file that declares the
 * struct, and its qualifier means what that file imports. A name that files import from
 * different paths stays unknown (not even the standard package of that name).
 */
function completeImports(fileImports: Map<string, Imports>): Imports {
  const shared = new Map<string, string>();
  for (const imports of fileImports.values()) {
    for (const [name, path] of imports) {
      const known = shared.get(name);
      shared.set(name, known === undefined || known === path ? path : UNKNOWN_PATH);
    }
  }
  for (const [file, imports] of fileImports) {
    fileImports.set(file, new Map([...shared, ...imports]));
  }
  return shared;
}

function readLockMethod(
  file: ParsedFile,
  decl: GoNode,
  pointerMethods: Map<string, Set<string>>,
  valueMethods: Set<string>,
): void {
  const nameNode = decl.child('name');
  const name = nameNode === undefined ? '' : file.text(nameNode);
  if (name !== 'Lock' && name !== 'Unlock') {
    return;
  }
  const params = decl.child('parameters');
  if (decl.child('result') !== undefined || (params?.namedChildren.length ?? 0) > 0) {
    return;
  }
  let recvType = decl.child('receiver')?.namedChildren[0]?.child('type');
  const isPointer = recvType?.type === 'pointer_type';
  if (isPointer) {
    recvType = recvType?.namedChildren[0];
  }
  if (recvType?.type === 'generic_type') {
    recvType = recvType.child('type');
  }
  if (recvType?.type !== 'type_identifier') {
    return;
  }
  const type = file.text(recvType);
  if (!isPointer) {
    valueMethods.add(type);
    return;
  }
  let set = pointerMethods.get(type);
  if (set === undefined) {
    set = new Set();
    pointerMethods.set(type, set);
  }
  set.add(name);
}

/** One declaration of a package type. */
interface TypeVariant {
  readonly file: string;
  /** Whether its file is part of the linux/amd64 build. */
  readonly built: boolean;
  /** The type_spec's text. */
  readonly text: string;
  readonly syntax: () => GoNode;
  /** The declared type, once read. */
  type?: GoType;
}

/** The declarations the linux/amd64 build uses, or all when it uses none. */
function buildVariants(variants: readonly TypeVariant[]): readonly TypeVariant[] {
  const built = variants.filter((v) => v.built);
  return built.length > 0 ? built : variants;
}

/**
 * A type expression read with typeFromSyntax, except that a struct keeps every field, each
 * `_` included, under a name of its own (`_`, `_1`, …), and an embedded `*T` is a pointer.
 */
function structFromFields(syntax: GoNode, resolve: TypeNameResolver): GoType {
  if (syntax.type !== 'struct_type') {
    return typeFromSyntax(syntax, resolve);
  }
  const fields = new Map<string, GoType>();
  const embedded: GoType[] = [];
  const list = syntax.namedChildren.find((c) => c.type === 'field_declaration_list');
  for (const decl of list?.namedChildren ?? []) {
    const typeNode = decl.child('type');
    if (decl.type !== 'field_declaration' || typeNode === undefined) {
      continue;
    }
    const spelled = typeFromSyntax(typeNode, resolve);
    const names = decl.fieldChildren('name').map((n) => n.text);
    if (names.length === 0) {
      const t: GoType = decl.hasToken('*') ? { kind: 'pointer', elem: spelled } : spelled;
      embedded.push(t);
      names.push(typeNode.text.replace(/\[.*$/s, '').split('.').pop() ?? '_');
      fields.set(unique(fields, names[0] ?? '_'), t);
      continue;
    }
    for (const name of names) {
      fields.set(unique(fields, name), spelled);
    }
  }
  return { kind: 'struct', fields, embedded };
}

function unique(fields: ReadonlyMap<string, GoType>, name: string): string {
  let key = name;
  for (let i = 1; fields.has(key); i++) {
    key = `${name}${i}`;
  }
  return key;
}

interface TypeFacts {
  readonly typeVariants: Map<string, TypeVariant[]>;
  readonly typeTexts: Map<string, string>;
  readonly generic: [string, string[]][];
}

function readTypes(
  file: ParsedFile,
  decl: GoNode,
  built: boolean,
  { typeVariants, typeTexts, generic }: TypeFacts,
): void {
  for (const spec of decl.namedChildren) {
    const name = spec.child('name');
    const type = spec.child('type');
    if (name === undefined || type === undefined) {
      continue;
    }
    const key = file.text(name);
    const variant: TypeVariant = {
      file: file.path,
      built,
      text: file.text(spec),
      syntax: () => type,
    };
    const variants = typeVariants.get(key);
    if (variants !== undefined) {
      variants.push(variant);
      typeTexts.set(key, `${typeTexts.get(key) ?? ''}\n${file.text(spec)}`);
      continue;
    }
    typeVariants.set(key, [variant]);
    typeTexts.set(key, file.text(spec));
    const params = spec.child('type_parameters');
    if (params !== undefined) {
      const paramNames = params.namedChildren.flatMap((p) =>
        p.fieldChildren('name').map((n) => file.text(n)),
      );
      generic.push([file.text(name), paramNames]);
    }
  }
}

function readVarNames(file: ParsedFile, decl: GoNode, into: [string, string, string][]): void {
  const specs = decl.namedChildren.flatMap((c) =>
    c.type === 'var_spec_list' ? c.namedChildren : [c],
  );
  for (const spec of specs) {
    for (const name of spec.type === 'var_spec' ? spec.fieldChildren('name') : []) {
      const text = file.text(name);
      if (text !== '_') {
        // The type, or a literal's type, comes first; tables of values may be huge.
        into.push([text, file.path, file.text(spec).slice(0, 400)]);
      }
    }
  }
}
