/** Thrown when one of mapscope's own invariants is broken: a bug in mapscope, never in the user's Go code. */
export class InternalError extends Error {
  override name = 'InternalError';
}

/** Checks an invariant of our own code; a failure is a mapscope bug. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) {
    throw new InternalError(message);
  }
}
