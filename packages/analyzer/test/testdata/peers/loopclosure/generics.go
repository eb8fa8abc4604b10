package loopclosure

import "golang.org/x/sync/errgroup"

// Generic code (typeparams/typeparams.go).

func show[T any](x T) {
	print(x)
}

func genericLoop[T any](items []T) {
	for i, v := range items {
		go func() {
			show(i) // want `loop variable i captured by a func literal started with go`
			show(v) // want `loop variable v captured by a func literal started with go`
		}()
	}
}

// g's type is a type parameter with a Go method: not errgroup's Group as far as the code
// says (vet matches only errgroup's method), even if errgroup's is passed in.
func withGoer[G interface{ Go(func() error) }](g G, items []int) {
	for i, v := range items {
		g.Go(func() error {
			print(i, v)
			return nil
		})
	}
}

func callsWithGoer() {
	withGoer(new(errgroup.Group), nil)
}

// A field whose type is errgroup's Group through a type argument.
type box[P any] struct {
	inner P
}

func (b box[P]) Go(func() error) {}

func throughTypeArgument(b *box[errgroup.Group], items []int) {
	for i, v := range items {
		b.inner.Go(func() error {
			print(i) // want `loop variable i captured by a func literal passed to b.inner.Go`
			print(v) // want `loop variable v captured by a func literal passed to b.inner.Go`
			return nil
		})
	}
}
