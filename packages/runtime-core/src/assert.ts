/**
 * An invariant of the model was broken: a bug in mapscope, never a Go program's fault (those
 * are {@link GoPanic} and {@link GoFatalError} values).
 */
export class InvariantError extends Error {
  override name = 'InvariantError';
}

/** Checks an invariant of the model. */
export function assert(cond: boolean, msg: string): asserts cond {
  if (!cond) {
    throw new InvariantError(msg);
  }
}
