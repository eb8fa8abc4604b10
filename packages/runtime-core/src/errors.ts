// Go's runtime failures as values of the model. A Go panic unwinds the goroutine (deferred
// calls run, recover may stop it); a fatal error ends the whole program, and nothing can stop
// it. Both travel as JavaScript exceptions through the model so that no operation has to
// return a status, but they are never thrown for a bug in the model (that is InvariantError).

/**
 * A run-time error value, as `panic` receives it from the runtime (it implements Go's
 * runtime.Error). Go: runtime/error.go errorString (prefixed) and plainError (not prefixed).
 */
export class RuntimeError {
  readonly text: string;
  /** plainError: printed without the "runtime error: " prefix. */
  readonly plain: boolean;

  constructor(text: string, plain = false) {
    this.text = text;
    this.plain = plain;
  }

  /** The Error() method: what `panic: …` prints and `recover()` callers see. */
  error(): string {
    return this.plain ? this.text : `runtime error: ${this.text}`;
  }
}

/** A Go panic in flight, carrying the panic value. */
export class GoPanic extends Error {
  override name = 'GoPanic';

  readonly value: unknown;

  constructor(value: unknown) {
    super(value instanceof RuntimeError ? value.error() : 'Go panic');
    this.value = value;
  }
}

/** A Go fatal error (runtime.fatal / throw): ends the program with exit status 2. */
export class GoFatalError extends Error {
  override name = 'GoFatalError';

  /** The text after "fatal error: ", e.g. "concurrent map writes". */
  readonly reason: string;

  constructor(reason: string) {
    super(`fatal error: ${reason}`);
    this.reason = reason;
  }
}

/** Go: runtime/map.go mapassign on a nil map. */
export function nilMapWrite(): GoPanic {
  return new GoPanic(new RuntimeError('assignment to entry in nil map', true));
}
