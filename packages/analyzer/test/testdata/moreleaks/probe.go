package moreleaks

import "errors"

var errFlaky = errors.New("flaky")

// probe fails now and then.
func probe(i int) error {
	if i%7 == 6 {
		return errFlaky
	}
	return nil
}

// pollErrors reports the first probe error if one came in already, else nil; a probe that
// fails later blocks its goroutine forever on the unbuffered errs.
func pollErrors() error {
	errs := make(chan error)
	go func() { // want `goroutine leak: the goroutine started at line 19 sends on unbuffered channel errs, but pollErrors can return without receiving from it \(the default case` MH013
		for i := 0; i < 3; i++ {
			if err := probe(i); err != nil {
				errs <- err
				return
			}
		}
	}()
	select {
	case err := <-errs:
		return err
	default:
		return nil
	}
}
