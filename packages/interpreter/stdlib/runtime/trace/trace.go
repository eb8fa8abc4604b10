// Package runtime/trace, mapscope's own: the model records no execution trace (explore's
// replay --trace is its trace), so tracing is never enabled and Start says so.
package trace

import (
	"context"
	"errors"
	"io"
)

// Start reports that tracing is not supported yet.
func Start(w io.Writer) error {
	return errors.New("not supported yet: runtime/trace (use mapscope replay --trace)")
}

// Stop has no trace to stop.
func Stop() {}

// IsEnabled is false: no trace is recorded.
func IsEnabled() bool { return false }

// A Task and a Region mark work in a trace; without one they record nothing.
type Task struct{}

func (t *Task) End() {}

func NewTask(pctx context.Context, taskType string) (ctx context.Context, task *Task) {
	return pctx, &Task{}
}

type Region struct{}

func (r *Region) End() {}

func StartRegion(ctx context.Context, regionType string) *Region { return &Region{} }

func WithRegion(ctx context.Context, regionType string, fn func()) { fn() }

func Log(ctx context.Context, category, message string) {}

func Logf(ctx context.Context, category, format string, args ...any) {}
