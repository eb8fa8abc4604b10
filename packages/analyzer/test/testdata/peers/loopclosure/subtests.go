package loopclosure

import "testing"

// Parallel subtests (subtests/subtest.go): a t.Run literal that calls t.Parallel() resumes
// after the test function returns, so references after the t.Parallel call see the last
// value. Go 1.19's vet does not check subtests; vet from Go 1.20 does (lines marked vet 1.20+).

// T has Run and Parallel methods but is not testing.T.
type T struct{}

func (t *T) Run(string, func(*testing.T)) {}

func (t *T) Parallel() {}

func TestSubtests(t *testing.T) {
	for i, tc := range []int{1, 2, 3} {
		t.Run("parallel", func(t *testing.T) {
			t.Parallel()
			println(i)  // want `loop variable i captured by a parallel subtest` (vet 1.20+)
			println(tc) // want `loop variable tc captured by a parallel subtest` (vet 1.20+)
		})

		t.Run("serial", func(t *testing.T) {
			println(i, tc)
		})

		// Only what follows t.Parallel() counts.
		t.Run("late", func(t *testing.T) {
			println(i, tc)
			t.Parallel()
			println(i)  // want `loop variable i captured by a parallel subtest` (vet 1.20+)
			println(tc) // want `loop variable tc captured by a parallel subtest` (vet 1.20+)
		})

		// Parallel on another testing.T value.
		t.Run("other", func(t *testing.T) {
			var other testing.T
			other.Parallel()
			println(i, tc)
		})

		// Copies made before t.Parallel().
		t.Run("copied", func(t *testing.T) {
			i, tc := i, tc
			t.Parallel()
			println(i, tc)
		})

		// Copies made after t.Parallel() read the variables too late.
		t.Run("copied late", func(t *testing.T) {
			t.Parallel()
			i := i   // want `loop variable i captured by a parallel subtest` (vet 1.20+)
			tc := tc // want `loop variable tc captured by a parallel subtest` (vet 1.20+)
			println(i, tc)
		})

		t.Run("block", func(t *testing.T) {
			t.Parallel()
			{
				println(i)  // want `loop variable i captured by a parallel subtest` (vet 1.20+)
				println(tc) // want `loop variable tc captured by a parallel subtest` (vet 1.20+)
			}
		})

		// A subtest nested in a parallel one.
		t.Run("nested", func(t *testing.T) {
			t.Parallel()
			t.Run("inner", func(t *testing.T) {
				println(i)  // want `loop variable i captured by a parallel subtest` (vet 1.20+)
				println(tc) // want `loop variable tc captured by a parallel subtest` (vet 1.20+)
			})
		})

		// The literal's t is shadowed by a value that is not a *testing.T.
		t.Run("not testing", func(_ *testing.T) {
			t := &T{}
			t.Parallel()
			println(i, tc)
		})

		// A jump may skip t.Parallel(): nothing after the label counts...
		t.Run("goto", func(t *testing.T) {
			if i > 0 {
				goto run
			}
			t.Parallel()
		run:
			println(i, tc)
		})

		// ...unless t.Parallel() is called again after the last label.
		t.Run("goto then parallel", func(t *testing.T) {
			if i > 0 {
				goto run
			}
			t.Parallel()
			println(i)
		run:
			t.Parallel()
			println(tc) // want `loop variable tc captured by a parallel subtest` (vet 1.20+)
		})

		// Two labels on one statement.
		t.Run("two labels", func(t *testing.T) {
			if i > 0 {
				goto first
			} else {
				goto second
			}
		first:
		second:
			t.Parallel()
			println(tc) // want `loop variable tc captured by a parallel subtest` (vet 1.20+)
		})

		// A Run call with one argument (a multi-valued call).
		pair := func() (string, func(t *testing.T)) { return "", func(*testing.T) {} }
		t.Run(pair())
	}
}

// Copies at the top of the loop body.
func TestCopiedInLoop(t *testing.T) {
	for i, tc := range []int{1, 2, 3} {
		i, tc := i, tc
		t.Run("", func(t *testing.T) {
			t.Parallel()
			println(i, tc)
		})
	}
}

// Run of a type that is not testing.T.
func runOfOtherType(t *T) {
	for i, tc := range []int{1, 2, 3} {
		t.Run("", func(t *testing.T) {
			t.Parallel()
			println(i, tc)
		})
	}
}

// Only a parallel top-level subtest escapes the iteration: a serial subtest waits for its
// parallel children before returning.
func TestTopLevelMustBeParallel(t *testing.T) {
	for _, tc := range []int{1, 2, 3} {
		t.Run("serial parent", func(s *testing.T) {
			s.Run("parallel child", func(u *testing.T) {
				u.Parallel()
				println(tc)
			})
		})

		t.Run("parallel parent", func(s *testing.T) {
			s.Parallel()
			s.Run("child", func(u *testing.T) {
				println(tc) // want `loop variable tc captured by a parallel subtest \(t.Run with t.Parallel\)` (vet 1.20+): the parallel parent is what escapes
			})
		})
	}
}
