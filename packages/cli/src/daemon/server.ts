// The background runner of `mapscope run`: a process that keeps interpreter workers warm, so a
// run skips what every cold start repeats (loading the interpreter, reading and checking Go's
// standard library, compiling the interpreter's own code). It listens on a Unix socket of its
// own user, runs each program in a worker of its pool with the command's files, arguments,
// environment, directory and standard input, streams the output back, and exits after a while
// without work. See docs/decisions.md.
import { mkdirSync, unlinkSync } from 'node:fs';
import { privateFolder } from './client.ts';
import { connect, createServer, type Socket } from 'node:net';
import { dirname } from 'node:path';
import type { SourceInput } from '@mapscope/interpreter';
import { WorkerRunner, type WorkerRunOptions } from '@mapscope/interpreter/node';
import { fromClient, send, type RunnerStatus } from './protocol.ts';

/** How long the runner waits without work before it exits, unless told otherwise. */
export const DEFAULT_IDLE_MS: number = 10 * 60 * 1000;

/**
 * What a new worker runs before its first program: the standard library's common packages
 * and their everyday functions, so that a program using them finds them checked (function
 * bodies are checked when first compiled) and the checker's and compiler's code optimized.
 * Its output goes nowhere.
 */
const warmProgram = `package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/rand"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
)

type point struct {
	X, Y int
	Name string \`json:"name"\`
}

func (p point) String() string { return fmt.Sprintf("(%d, %d)", p.X, p.Y) }

func main() {
	fmt.Println("warm", 1, 2.5, true, []int{1, 2}, map[string]int{"a": 1}, point{1, 2, "p"})
	fmt.Printf("%d %5.2f %s %q %v %+v %x %T\\n", 42, math.Pi, "s", "q", []string{"a"}, point{}, 255, point{})
	s := fmt.Sprint(strings.Fields(" a b c "), strings.Split("a,b", ","), strings.Join([]string{"x", "y"}, "-"))
	s += strings.Repeat("ab", 3) + strings.ToUpper(s) + strings.TrimSpace(" t ") + strconv.Itoa(7)
	if n, err := strconv.Atoi("12"); err == nil && strings.Contains(s, "x") {
		s += strconv.FormatFloat(float64(n)/3, 'f', 3, 64) + strconv.Quote("q")
	}
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	fmt.Fprintf(w, "%s %v\\n", s, errors.New("e"))
	w.Flush()
	sc := bufio.NewScanner(strings.NewReader("one\\ntwo three\\n"))
	sc.Split(bufio.ScanWords)
	words := []string{}
	for sc.Scan() {
		words = append(words, sc.Text())
	}
	sort.Strings(words)
	nums := []int{3, 1, 2}
	sort.Ints(nums)
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	counts := map[rune]int{}
	for _, r := range "warm up" {
		if unicode.IsLetter(r) {
			counts[unicode.ToLower(r)]++
		}
	}
	data, _ := json.Marshal(point{1, 2, "p"})
	var back point
	_ = json.Unmarshal(data, &back)
	re := regexp.MustCompile(\`(\\w+)@(\\w+)\\.com\`)
	_ = re.FindAllStringSubmatch("a@b.com c@d.com", -1)
	var mu sync.Mutex
	var wg sync.WaitGroup
	ch := make(chan int, 1)
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			counts['x'] += i
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	ch <- rand.Intn(10)
	select {
	case v := <-ch:
		_ = v
	case <-time.After(time.Millisecond):
	}
	_ = time.Now().Format(time.RFC3339)
	_, _ = os.Stat(".")
	fmt.Fprintln(os.Stderr, b.Len(), nums, words, counts, string(data), back)
}
`;

/** Serves `socket` until it has been idle for `idleMs`; resolves when it stops. */
export async function serve(socket: string, idleMs: number = DEFAULT_IDLE_MS): Promise<void> {
  mkdirSync(dirname(dirname(socket)), { recursive: true });
  if (!privateFolder(socket) || (await answers(socket))) {
    return; // another runner serves it already
  }
  try {
    unlinkSync(socket); // a runner that died left it
  } catch {
    // There was none.
  }
  let runs = 0;
  let running = 0;
  let timer: NodeJS.Timeout | null = null;
  let stopping = false;

  const warm = async (): Promise<WorkerRunner> => {
    const r = new WorkerRunner();
    await r.run([{ path: 'warm.go', source: warmProgram }]);
    return r;
  };
  // One worker waits for the next program: warm, or being warmed (sooner than a new one).
  // null inside: it could not start, and the program starts one itself.
  let spare: { readonly worker: Promise<WorkerRunner | null>; ready: boolean } | null = null;
  const refill = (): void => {
    if (spare === null && !stopping) {
      const s = { worker: warm().catch(() => null), ready: false };
      void s.worker.then((r) => {
        s.ready = r !== null;
      });
      spare = s;
    }
  };
  const take = async (): Promise<WorkerRunner> => {
    const s = spare;
    spare = null;
    return (s === null ? null : await s.worker) ?? new WorkerRunner();
  };

  const server = createServer((conn) => {
    // The command's standard input, asked for as the program reads it.
    const stdin: ((bytes: Uint8Array) => void)[] = [];
    fromClient(conn, (m) => {
      switch (m.t) {
        case 'run':
          runs++;
          running++;
          quiet();
          void take()
            .then((runner) => runProgram(conn, m.files, m.options, stdin, runner))
            .finally(() => {
              running--;
              refill();
              rest();
            });
          return;
        case 'status':
          send(conn, {
            t: 'status',
            status: {
              pid: process.pid,
              runs,
              running,
              ready: spare?.ready === true ? 1 : 0,
              idleMs,
            },
          });
          conn.end();
          return;
        case 'stop':
          conn.end();
          stop();
          return;
        case 'stdin':
          stdin.shift()?.(Buffer.from(m.data, 'base64'));
          return;
      }
    });
    conn.on('error', () => {
      // The command went away: its run's listener stops the run.
    });
  });

  /** Runs one program for `conn`, then returns the worker to the pool (or ends it). */
  const runProgram = async (
    conn: Socket,
    files: readonly SourceInput[],
    options: WorkerRunOptions,
    waiting: ((bytes: Uint8Array) => void)[],
    runner: WorkerRunner,
  ): Promise<void> => {
    // Whether the command went away, and whether the program ended (closures set them).
    const state = { gone: false, finished: false };
    conn.on('close', () => {
      state.gone = true;
      if (!state.finished) {
        // The command stopped (^C) before the program did: stop it too.
        void runner.close();
        for (const w of waiting.splice(0)) {
          w(new Uint8Array(0));
        }
      }
    });
    try {
      const result = await runner.run(
        files,
        options,
        (fd, bytes) => {
          send(conn, { t: 'out', fd, data: Buffer.from(bytes).toString('base64') });
        },
        (max) =>
          new Promise<Uint8Array>((resolve) => {
            if (state.gone) {
              resolve(new Uint8Array(0));
              return;
            }
            waiting.push(resolve);
            send(conn, { t: 'stdin', max });
          }),
      );
      state.finished = true;
      send(conn, { t: 'done', result });
      conn.end();
      if (!state.gone && spare === null) {
        spare = { worker: Promise.resolve(runner), ready: true };
      } else {
        await runner.close();
      }
    } catch (e) {
      state.finished = true;
      if (!state.gone) {
        send(conn, { t: 'error', message: e instanceof Error ? e.message : String(e) });
        conn.end();
      }
      await runner.close();
    }
  };

  /** Work came: no exit while it lasts. */
  const quiet = (): void => {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
  };
  /** Nothing to do: exit unless work comes within idleMs. */
  const rest = (): void => {
    quiet();
    if (running === 0) {
      timer = setTimeout(stop, idleMs);
    }
  };
  const stop = (): void => {
    if (stopping) {
      return;
    }
    stopping = true;
    quiet();
    server.close();
    void spare?.worker.then((r) => r?.close());
    spare = null;
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(socket, () => {
      server.off('error', reject);
      resolve();
    });
  });
  refill();
  rest();
  await new Promise<void>((resolve) => {
    server.on('close', resolve);
  });
}

/** Whether a runner answers on `socket`. */
function answers(socket: string): Promise<boolean> {
  return new Promise((resolve) => {
    const c = connect(socket);
    c.once('connect', () => {
      c.destroy();
      resolve(true);
    });
    c.once('error', () => {
      resolve(false);
    });
  });
}

export type { RunnerStatus };
