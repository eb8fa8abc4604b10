import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { vet } from '@mapscope/analyzer';
import { createNodeGoParser, nodeFS } from '@mapscope/go-syntax/node';
import { formatText } from '../format/text.ts';
import { EXIT } from '../io.ts';
import type { CommandIO } from '../io.ts';

/** One stop of the tour: a bundled program under tour/ and what it teaches. */
export interface TourStop {
  readonly dir: string;
  readonly title: string;
  readonly story: string;
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
      'leaks a goroutine. close of a nil channel panics.',
  },
  {
    dir: '04-fixed',
    title: 'The same programs, fixed',
    story: 'make the map, copy the loop variable, look the channel up with comma-ok: vet is quiet.',
  },
];

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

/** `mapscope tour`: vet each bundled program and show what real Go does with it. */
export async function tourCommand(_argv: readonly string[], io: CommandIO): Promise<number> {
  const root = tourDir();
  const parser = await createNodeGoParser();
  const out: string[] = [
    'mapscope tour: the classic Go map mistakes, what mapscope vet says about each,',
    'and what real Go does with them.',
    '',
  ];
  try {
    for (const [i, stop] of TOUR.entries()) {
      const dir = `${root}${stop.dir}`;
      const result = await vet({ fs: nodeFS, parser, cwd: root, patterns: [dir] });
      const run = parseRecordedRun(readFileSync(`${dir}/go-run.golden`, 'utf8'));
      out.push(`${i + 1}/${TOUR.length}  ${stop.title}`, ...wrap(stop.story, 5), '');
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
    }
  } finally {
    parser.dispose();
  }
  out.push(
    'Next: mapscope vet ./... checks your own module the same way (mapscope vet --help).',
    '',
  );
  io.stdout(out.join('\n'));
  return EXIT.ok;
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
