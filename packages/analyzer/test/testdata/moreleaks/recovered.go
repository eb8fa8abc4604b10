package moreleaks

import "fmt"

// One result, or the recovered panic instead of it: a slot of one holds either (go-micro's
// rpc client). A result and then a deferred report on every path would need two.
func callOrRecover(b backend, key string, timeout <-chan struct{}) error {
	ch := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				ch <- fmt.Errorf("panic: %v", r)
			}
		}()
		if err := b.store(key); err != nil {
			ch <- err
			return
		}
		ch <- nil
	}()
	select {
	case err := <-ch:
		return err
	case <-timeout:
		return nil
	}
}

func callAndReport(b backend, key string, timeout <-chan struct{}) error {
	ch := make(chan error, 1)
	go func() { // want `sends on ch, whose buffer of 1 cannot hold all 2 sends` MH013
		defer func() {
			ch <- nil
		}()
		ch <- b.store(key)
	}()
	select {
	case err := <-ch:
		return err
	case <-timeout:
		return nil
	}
}
