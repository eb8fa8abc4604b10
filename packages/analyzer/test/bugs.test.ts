// The corpus of real fixed bugs (test/bugs/, see CONTRIBUTING.md): the bugs vet finds stay
// found, and vet says nothing about any fixed version. Recall itself is measured by
// packages/cli/bench/vet-bugs.mjs (with Go's std types, through the command line); this runs
// the analyzer without an importer, as the browser would.
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createNodeGoParser, nodeFS } from '@mapscope/go-syntax/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vet, type Diagnostic } from '../src/index.ts';

const bugs = fileURLToPath(new URL('./bugs/', import.meta.url));

interface Place {
  readonly file: string;
  readonly line: number;
}

interface Bug {
  readonly id: string;
  readonly hazard: Place;
  readonly other: Place | null;
}

/** The bugs vet finds today; one leaving this list is a regression. */
const FOUND = [
  'acra-195',
  'afero-10',
  'caddy-geoip-4',
  'cockroach-35501',
  'coyim-431',
  'dovecot-xaps-daemon-27',
  'fluxcd-pkg-868',
  'go-avro-69',
  'go-health-35',
  'go-utils-36',
  'godet-20',
  'goresilience-30',
  'gouroboros-210',
  'grouped-process-exporter-7',
  'grpc-go-660',
  'gtm-8',
  'gval-107',
  'influxdb-client-go-33',
  'k8s-agent-233',
  'kingshard-465',
  'kraan-165',
  'krakend-ratelimit-5',
  'kubedog-121',
  'mautrix-123',
  'metr-2',
  'moby-25384',
  'moby-27037',
  'moby-33781',
  'motion-149',
  'octocov-74',
  'pactus-1112',
  'sc-client-64',
  'stats-19',
  'switcher-2',
  'tsig-18',
  'ttlmap-4',
];

let parser: Awaited<ReturnType<typeof createNodeGoParser>>;
beforeAll(async () => {
  parser = await createNodeGoParser();
});
afterAll(() => {
  parser.dispose();
});

async function findings(dir: string): Promise<readonly Diagnostic[]> {
  return (await vet({ fs: nodeFS, parser, cwd: dir, patterns: ['./...'] })).diagnostics;
}

/**
 * Whether a finding is this place's: its range covers the line, or its message cites it
 * (`line 52`, `store.go:52`), as a leak reported at its go statement names its send.
 */
function hits(d: Diagnostic, at: Place): boolean {
  const file = at.file.replace(/^buggy\//, '');
  const cited = new RegExp(
    `\\bline ${String(at.line)}\\b|${file.replace('.', '\\.')}:${String(at.line)}\\b`,
  );
  return (
    (basename(d.file) === file && d.start.line <= at.line && at.line <= d.end.line) ||
    cited.test(d.message)
  );
}

const corpus: Bug[] = readdirSync(bugs)
  .sort()
  .map((id) => JSON.parse(readFileSync(`${bugs}${id}/bug.json`, 'utf8')) as Bug);

describe('real fixed bugs', () => {
  it('has the corpus', () => {
    expect(corpus.length).toBe(40);
  });

  it.each(corpus.map((b) => [b.id, b] as const))('%s', async (id, bug) => {
    const buggy = await findings(`${bugs}${id}/buggy`);
    const found = buggy.some(
      (d) => hits(d, bug.hazard) || (bug.other !== null && hits(d, bug.other)),
    );
    expect(found).toBe(FOUND.includes(id));
    // A fixed version draws no finding.
    expect((await findings(`${bugs}${id}/fixed`)).map((d) => `${d.rule} ${d.message}`)).toEqual([]);
  });
});
