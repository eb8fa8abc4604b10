// @mapscope/scheduler: goroutines, channels, select, virtual time and the strategies that
// decide interleavings, deterministic given their seed.
export {
  Chan,
  close,
  rangeChan,
  recv,
  select,
  send,
  sendNonBlocking,
  type Received,
  type SelectCase,
  type Selected,
} from './chan.ts';
export { VirtualClock, type Timer } from './clock.ts';
export { GStatus, Goroutine } from './goroutine.ts';
export { goStatement, goexit, gosched } from './goroutines.ts';
export {
  AccessKind,
  park,
  point,
  probed,
  StackProbe,
  type GoBody,
  type GoStart,
  type Instr,
  type Op,
  type Operation,
} from './instr.ts';
export {
  ExitSignal,
  GoexitSignal,
  Scheduler,
  StepLimit,
  type GoroutineReport,
  type Outcome,
  type SchedulerOptions,
} from './scheduler.ts';
export {
  GoOrder,
  UniformRandom,
  candidates,
  type GoOrderOptions,
  type PickRequest,
  type Strategy,
} from './strategy.ts';
export { GoTicker, GoTimer, after, newTicker, newTimer, now, sleep } from './time.ts';
export { WaitReason } from './wait-reason.ts';
export { AtomicInt } from './atomic.ts';
export { SyncMap } from './sync-map.ts';
export { Cond, Mutex, Once, RWMutex, WaitGroup } from './sync.ts';
export { Dfs, RedundantRun, type DfsOptions } from './dfs.ts';
export {
  explore,
  replay,
  search,
  type ExploreOptions,
  type ExploreResult,
  type Program,
  type Run,
  type Searched,
} from './explore.ts';
export { Pct } from './pct.ts';
export { Recording, Replay, ReplayMismatch, decodeToken, encodeToken } from './replay.ts';
export {
  RaceDetector,
  VectorClock,
  formatRace,
  formatRaceSummary,
  formatStack,
  type RaceAccess,
  type RaceAt,
  type RaceFrame,
  type RaceGoroutine,
  type RaceReport,
  type RaceStack,
} from './race.ts';
export { GoMaps } from './map-ops.ts';
