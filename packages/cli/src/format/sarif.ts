import { createHash } from 'node:crypto';
import { RULES } from '@mapscope/analyzer';
import type { Diagnostic, VetResult } from '@mapscope/analyzer';
import { relativePath } from '@mapscope/go-syntax';
import type { SourcePosition } from '@mapscope/go-syntax';
import type { Location, Log, Result } from 'sarif';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * A SARIF 2.1.0 log that GitHub code scanning accepts: every rule with descriptions and
 * help, results with UTF-16 columns (`columnKind`), repo-relative URIs under %SRCROOT%,
 * and a partial fingerprint that survives lines moving.
 *
 * `lineText` returns a file's line, for fingerprints.
 */
export function sarifLog(
  result: VetResult,
  cwd: string,
  toolVersion: string,
  lineText: (file: string, line: number) => string,
): Log {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const seen = new Map<string, number>();
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mapscope',
            semanticVersion: toolVersion,
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.title },
              fullDescription: { text: r.description },
              help: {
                text: `${r.description}\n\nAt run time: ${r.runtime}\n\nFix: ${r.fix}`,
                markdown: `${r.description}\n\n**At run time:** ${r.runtime}\n\n**Fix:** ${r.fix}`,
              },
              defaultConfiguration: { level: r.level },
              properties: {
                tags: [...r.tags],
                precision: r.precision,
                'problem.severity': r.level,
              },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: {
          '%SRCROOT%': { uri: `file://${encodeURI(cwd.endsWith('/') ? cwd : `${cwd}/`)}` },
        },
        results: result.diagnostics.map((d) => sarifResult(d, cwd, ruleIndex, seen, lineText)),
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: result.syntaxErrors.map((e) => ({
              level: 'error',
              message: { text: e.message },
              locations: [location(cwd, e.file, e.start, e.start)],
            })),
          },
        ],
      },
    ],
  };
}

function sarifResult(
  d: Diagnostic,
  cwd: string,
  ruleIndex: ReadonlyMap<string, number>,
  seen: Map<string, number>,
  lineText: (file: string, line: number) => string,
): Result {
  // Same rule, file and line text give the same hash; the counter tells repeats apart.
  const base = createHash('sha256')
    .update(`${d.rule}\0${relativePath(cwd, d.file)}\0${lineText(d.file, d.start.line).trim()}`)
    .digest('hex')
    .slice(0, 32);
  const n = (seen.get(base) ?? 0) + 1;
  seen.set(base, n);
  return {
    ruleId: d.rule,
    ruleIndex: ruleIndex.get(d.rule),
    level: d.level,
    message: { text: d.message },
    locations: [location(cwd, d.file, d.start, d.end)],
    ...(d.related === undefined
      ? {}
      : {
          relatedLocations: d.related.map((r, i) => ({
            ...location(cwd, r.file, r.start, r.end),
            id: i,
            message: { text: r.message },
          })),
        }),
    partialFingerprints: { primaryLocationLineHash: `${base}:${n}` },
  };
}

function location(cwd: string, file: string, start: SourcePosition, end: SourcePosition): Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(relativePath(cwd, file)), uriBaseId: '%SRCROOT%' },
      region: {
        startLine: start.line,
        startColumn: start.utf16Column,
        endLine: end.line,
        endColumn: end.utf16Column,
      },
    },
  };
}
