import { loadPackages } from '@mapscope/go-syntax';
import type { GoParser, GoVersion, PackageSource, SourceFS } from '@mapscope/go-syntax';
import { analyzeFiles } from './analyze.ts';
import type { Rule } from './rule.ts';
import type { PackageImporter } from './checked.ts';
import type { Diagnostic, SyntaxDiagnostic } from './diagnostic.ts';

/** What to vet, and how. */
export interface VetOptions {
  readonly fs: SourceFS;
  readonly parser: GoParser;
  /** Absolute working directory that relative patterns resolve against. */
  readonly cwd: string;
  /** Package patterns as for `go vet`: dirs, files, `dir/...`; default `.`. */
  readonly patterns: readonly string[];
  /** `--lang`: the language version to assume in place of go.mod's. */
  readonly lang?: GoVersion | undefined;
  readonly rules?: readonly Rule[];
  /** Where imported packages come from, checked (see AnalyzeOptions.importer). */
  readonly importer?: PackageImporter | undefined;
  /**
   * Per package, what depends on where it is: the importer to check it with (its module's own
   * packages, vendor/, the module cache) and its import path. Where this gives nothing,
   * `importer` and the package's directory.
   */
  readonly packageSetup?:
    | ((pkg: PackageSource) => {
        readonly importer?: PackageImporter | undefined;
        readonly importPath?: string | undefined;
      })
    | undefined;
}

/** Everything `mapscope vet` found. */
export interface VetResult {
  readonly diagnostics: readonly Diagnostic[];
  readonly syntaxErrors: readonly SyntaxDiagnostic[];
  /** Pattern warnings (`"./x/..." matched no packages`). */
  readonly warnings: readonly string[];
  readonly packages: number;
  readonly files: number;
  readonly lines: number;
}

/**
 * Loads packages like the go tool and analyzes each. File-system errors and bad patterns
 * reject with a PackageLoadError or the file system's error.
 */
export async function vet(options: VetOptions): Promise<VetResult> {
  const loaded = await loadPackages(options.fs, options.cwd, options.patterns);
  const diagnostics: Diagnostic[] = [];
  const syntaxErrors: SyntaxDiagnostic[] = [];
  let files = 0;
  let lines = 0;
  for (const pkg of loaded.packages) {
    const inputs = await Promise.all(
      pkg.files.map(async (path) => ({ path, source: await options.fs.readFile(path) })),
    );
    const setup = options.packageSetup?.(pkg);
    const result = analyzeFiles(options.parser, inputs, {
      moduleVersion: pkg.module?.goVersion,
      lang: options.lang,
      ...(options.rules === undefined ? {} : { rules: options.rules }),
      importer: setup?.importer ?? options.importer,
      importPath: setup?.importPath ?? pkg.dir,
    });
    diagnostics.push(...result.diagnostics);
    syntaxErrors.push(...result.syntaxErrors);
    files += inputs.length;
    lines += result.lines;
  }
  return {
    diagnostics,
    syntaxErrors,
    warnings: loaded.warnings,
    packages: loaded.packages.length,
    files,
    lines,
  };
}
