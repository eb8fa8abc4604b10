// `mapscope daemon`: the background runner that `mapscope run` starts and uses (src/daemon/).
import { UsageError } from '../args.ts';
import { DEFAULT_IDLE_MS, serve } from '../daemon/server.ts';
import { daemonSocket, daemonStatus, stopDaemon } from '../daemon/client.ts';
import { EXIT, type CommandIO } from '../io.ts';

export const DAEMON_USAGE = `usage: mapscope daemon status|stop

mapscope run starts a background runner after its first run; later runs go through it and
start warm (the interpreter loaded, Go's standard library checked). It uses a Unix socket
of your user, runs each program with the command's directory, arguments, environment and
standard input, and exits after ten minutes without work.
MAPSCOPE_DAEMON=off keeps runs in the command's own process.

  status   whether the runner of this mapscope is running, and how many programs it ran
  stop     stop it now
`;

export async function daemonCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const [what, arg] = argv;
  const env = io.env ?? {};
  if (what === 'serve' && arg !== undefined) {
    // Started by `mapscope run` (client.ts), detached: nothing to print.
    const idle = Number(env['MAPSCOPE_DAEMON_IDLE_MS'] ?? DEFAULT_IDLE_MS);
    await serve(arg, Number.isFinite(idle) && idle > 0 ? idle : DEFAULT_IDLE_MS);
    return EXIT.ok;
  }
  if (argv.length !== 1 || (what !== 'status' && what !== 'stop')) {
    throw new UsageError(
      argv.length === 0 ? 'status or stop?' : `unknown request ${argv.join(' ')}`,
    );
  }
  const socket = daemonSocket(env);
  if (socket === null) {
    io.stdout('no background runner: MAPSCOPE_DAEMON=off\n');
    return EXIT.ok;
  }
  if (what === 'stop') {
    io.stdout((await stopDaemon(socket)) ? 'stopped\n' : 'not running\n');
    return EXIT.ok;
  }
  const s = await daemonStatus(socket);
  io.stdout(
    s === null
      ? 'not running\n'
      : `running: pid ${String(s.pid)}, ${String(s.runs)} programs run, ${String(s.running)} running now, ${s.ready > 0 ? 'warm' : 'warming up'}; exits after ${String(Math.round(s.idleMs / 1000))} s without work\n`,
  );
  return EXIT.ok;
}
