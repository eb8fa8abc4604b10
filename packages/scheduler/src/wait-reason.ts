/**
 * Why a goroutine waits, in the runtime's words (what `goroutine N [reason]:` prints).
 * Go: runtime/runtime2.go waitReasonStrings.
 */
export const WaitReason = {
  ChanReceive: 'chan receive',
  ChanSend: 'chan send',
  ChanReceiveNilChan: 'chan receive (nil chan)',
  ChanSendNilChan: 'chan send (nil chan)',
  Select: 'select',
  SelectNoCases: 'select (no cases)',
  Semacquire: 'semacquire',
  Sleep: 'sleep',
  SyncCondWait: 'sync.Cond.Wait',
} as const;

/** One of {@link WaitReason}'s values. */
export type WaitReason = (typeof WaitReason)[keyof typeof WaitReason];
