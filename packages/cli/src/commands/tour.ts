import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ALL_RULES, ruleInfo, vet } from '@mapscope/analyzer';
import type { RuleId } from '@mapscope/analyzer';
import { createNodeGoParser, nodeFS } from '@mapscope/go-syntax/node';
import type { ExploreReport } from '@mapscope/interpreter';
import { howFar, outcomeHeadline } from '../format/explore-text.ts';
import { formatText } from '../format/text.ts';
import { EXIT } from '../io.ts';
import type { CommandIO } from '../io.ts';
import { ruleEnabled } from '../vet-config.ts';
import { exploreOnThisThread, loadOrSay, prepareOptions } from './explore.ts';

/** One stop of the tour: a bundled program under tour/ and what it teaches. */
export interface TourStop {
  readonly dir: string;
  readonly title: string;
  readonly story: string;
  /** Rules that are off by default and that this stop turns on, as `.mapscope.yaml` would. */
  readonly turnsOn?: readonly RuleId[];
}

/** The tour, in order. Each program's real-Go behaviour is recorded in its go-run.golden. */
export const TOUR: readonly TourStop[] = [
  {
    dir: '01-nil-map-write',
    title: 'Writing to a nil map',
    story:
      'A map declared with var and never made is nil. Reading it is fine (every key gives the ' +
      'zero value), and so are len, range and delete; the first write panics.',
  },
  {
    dir: '02-loopvar-address',
    title: 'Storing the address of a loop variable (go.mod says go 1.21)',
    story:
      'Before Go 1.22 a range loop has one variable for all iterations, so &u is the same ' +
      'pointer every time: every map entry ends up showing the last user. Go 1.22 gives each ' +
      'iteration its own variable, and the same code is correct there.',
  },
  {
    dir: '03-nil-chan-from-map',
    title: 'Sending on a channel looked up in a map',
    story:
      'A missing key gives the zero value, and the zero value of a channel is nil. A send or ' +
      'receive on a nil channel blocks forever: here the program deadlocks, in a server it ' +
      'leaks a goroutine. close of a nil channel panics. The rule for it, MH006, is off by ' +
      'default (on real code such lookups usually rely on an invariant kept elsewhere), so ' +
      'this stop turns it on.',
    turnsOn: ['MH006'],
  },
  {
    dir: '04-fixed',
    title: 'The same programs, fixed',
    story: 'make the map, copy the loop variable, look the channel up with comma-ok: vet is quiet.',
    turnsOn: ['MH006'],
  },
  {
    dir: '05-concurrent-map-writes',
    title: 'Writing one map from two goroutines',
    story:
      "Go's maps are not safe for concurrent use: a write that finds another write in progress " +
      '(the hashWriting flag of the map header) stops the program with "fatal error: ' +
      'concurrent map writes", which recover cannot catch. Real Go crashes in only some runs ' +
      '(16 of 1000 runs with Go 1.19 on two cores; the recorded run was clean). go vet says ' +
      'nothing; mapscope vet flags the unguarded writes from the source alone (MH001). ' +
      'Exploring the interleavings finds both outcomes, and mapscope replay re-runs the ' +
      'crashing one step by step.',
  },
];

/** The schedules the tour explores per program: enough for every tour program's search. */
const TOUR_BUDGET = 2000;

/** Where the tour's programs are (beside src/ and dist/ in the package). */
export function tourDir(): string {
  return fileURLToPath(new URL('../../tour/', import.meta.url));
}

/** What real Go did with a tour program, read from its go-run.golden. */
export interface RecordedRun {
  readonly toolchain: string;
  readonly sourceSha256: string;
  readonly exitStatus: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Parses a go-run.golden file written by tour/record.sh. */
export function parseRecordedRun(text: string): RecordedRun {
  const toolchain = /with (go\S+ \S+)/.exec(text)?.[1] ?? 'go';
  const sourceSha256 = /^# source sha256: (\w+)$/m.exec(text)?.[1] ?? '';
  const exitStatus = Number(/^exit status: (\d+)$/m.exec(text)?.[1] ?? NaN);
  const stdout = text.split('--- stdout\n')[1]?.split('--- stderr')[0] ?? '';
  const stderr = text.split(/--- stderr[^\n]*\n/)[1] ?? '';
  return { toolchain, sourceSha256, exitStatus, stdout, stderr };
}

/**
 * `mapscope tour`: vet each bundled program, show what real Go did with it (recorded) and
 * which outcomes exploring its interleavings finds (on this thread: the programs are small).
 */
export async function tourCommand(_argv: readonly string[], io: CommandIO): Promise<number> {
  const root = tourDir();
  const parser = await createNodeGoParser();
  const out: string[] = [
    'mapscope tour: the classic Go map mistakes, what mapscope vet says about each,',
    'what real Go does with them, and what exploring their goroutine interleavings finds.',
    '',
  ];
  try {
    for (const [i, stop] of TOUR.entries()) {
      const dir = `${root}${stop.dir}`;
      // What `mapscope vet` runs with no configuration, plus the rules the stop turns on.
      const on = new Set(stop.turnsOn);
      const rules = ALL_RULES.filter((r) => on.has(r.id) || ruleEnabled(null, ruleInfo(r.id)));
      const result = await vet({ fs: nodeFS, parser, cwd: root, patterns: [dir], rules });
      const run = parseRecordedRun(readFileSync(`${dir}/go-run.golden`, 'utf8'));
      out.push(`${i + 1}/${TOUR.length}  ${stop.title}`, ...wrap(stop.story, 5), '');
      if (on.size > 0) {
        const yaml = [...on].map((id) => `${id}: on`).join(', ');
        out.push(`     # .mapscope.yaml: rules: {${yaml}}`);
      }
      out.push(`     $ mapscope vet ${stop.dir}`);
      const findings = formatText(result, root).trimEnd();
      out.push(
        ...(findings === ''
          ? ['     (no findings)']
          : findings.split('\n').map((l) => `     ${l}`)),
        '',
      );
      out.push(`     Real Go (${run.toolchain}, recorded): exit status ${run.exitStatus}`);
      const shown = [...run.stdout.trimEnd().split('\n'), ...run.stderr.trimEnd().split('\n')];
      out.push(...shown.filter((l) => l !== '').map((l) => `     | ${l}`), '');
      out.push(`     $ mapscope explore ${stop.dir}`, ...(await exploreStop(root, dir, io)), '');
    }
  } finally {
    parser.dispose();
  }
  out.push(
    'Next: mapscope vet ./... checks your own module the same way (mapscope vet --help);',
    'mapscope explore prog.go explores your own program (mapscope explore --help).',
    '',
  );
  io.stdout(out.join('\n'));
  return EXIT.ok;
}

/** Explores a tour program (auto strategy, {@link TOUR_BUDGET}): the summary's lines. */
async function exploreStop(root: string, dir: string, io: CommandIO): Promise<string[]> {
  // Paths as the tour shows them: relative to the tour's directory.
  const program = await loadOrSay('tour', { ...io, cwd: root }, [dir], undefined);
  if (program === null) {
    return ['     (could not load the program)'];
  }
  const request = { race: false, maxSteps: undefined, programArgs: [] };
  const answer = await exploreOnThisThread(
    program.files,
    prepareOptions(program, request, io),
    { strategy: 'auto', budget: TOUR_BUDGET },
    1,
  );
  if ('result' in answer) {
    return answer.result.stderr
      .trimEnd()
      .split('\n')
      .map((l) => `     | ${l}`);
  }
  return exploreSummary(answer.report);
}

/** A search in a few lines: how far it went, then each outcome's count and headline. */
function exploreSummary(report: ExploreReport): string[] {
  const n = report.schedules;
  const lines = [
    `     explored ${n} ${n === 1 ? 'schedule' : 'schedules'} (${report.strategy}): ` +
      howFar(report, { budget: TOUR_BUDGET }),
  ];
  for (const o of report.outcomes) {
    const noun = o.count === 1 ? 'schedule' : 'schedules';
    lines.push(`     ${o.count} ${noun}: ${outcomeHeadline(o)}`);
  }
  return lines;
}

function wrap(text: string, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent + line.length + 1 + word.length > 92) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines.map((l) => `${' '.repeat(indent)}${l}`);
}
