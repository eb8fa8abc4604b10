// Natives of crypto's internals: the markers Go writes in assembly to tell which crypto a
// binary links (they do nothing when called).
/** The crypto natives, keyed by "importpath.Name". */
export const cryptoNatives: Record<string, (...args: unknown[]) => unknown> = {
  'crypto/internal/boring/sig.BoringCrypto': () => undefined,
  'crypto/internal/boring/sig.FIPSOnly': () => undefined,
  'crypto/internal/boring/sig.StandardCrypto': () => undefined,
};
