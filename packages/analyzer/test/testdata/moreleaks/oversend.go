package moreleaks

type backend interface {
	store(key string) error
}

// storeTo reports a failure on failed; a success sends nothing.
func storeTo(b backend, key string, failed chan error) {
	if err := b.store(key); err != nil {
		failed <- err
	}
}

// firstFailure waits for one failure: when both stores fail, the second storeTo blocks on
// its send forever (the shape of jamescun/switcher#1).
func firstFailure(a, b backend, key string) error {
	failed := make(chan error)
	go storeTo(a, key, failed) // want `goroutine leak: the goroutines started at lines 18, 19 can send 2 times on unbuffered channel failed, but firstFailure receives from it at most 1 time \(line 20\)` MH013
	go storeTo(b, key, failed)
	return <-failed
}

// Literals started in a loop, one receive.
func anyFailure(bs []backend, key string) error {
	failed := make(chan error)
	for i := 0; i < 3; i++ {
		go func(i int) { // want `goroutines started at line 27 can send 3 times on unbuffered channel failed, but anyFailure receives from it at most 1 time` MH013
			if err := bs[i].store(key); err != nil {
				failed <- err
			}
		}(i)
	}
	return <-failed
}

// A slot for every send, or a receive for every sender: nothing left over.
func bothBuffered(a, b backend, key string) error {
	failed := make(chan error, 2)
	go storeTo(a, key, failed)
	go storeTo(b, key, failed)
	return <-failed
}

func bothReceived(a, b backend, key string) error {
	done := make(chan error)
	go func() { done <- a.store(key) }()
	go func() { done <- b.store(key) }()
	first, second := <-done, <-done
	if first != nil {
		return first
	}
	return second
}

// A send a flag lets through once, however often the loop goes round: a slot of one holds
// it (frp's ssh forward address). Without the flag every request could send.
func firstForward(reqs <-chan string, timeout <-chan struct{}) string {
	addr := make(chan string, 1)
	go func() {
		got := false
		for r := range reqs {
			if r != "" && !got {
				got = true
				addr <- r
			}
		}
	}()
	select {
	case a := <-addr:
		return a
	case <-timeout:
		return ""
	}
}

func everyForward(reqs <-chan string, timeout <-chan struct{}) string {
	addr := make(chan string, 1)
	go func() { // want `sends on addr, whose buffer of 1 cannot hold sends made in a loop` MH013
		for r := range reqs {
			if r != "" {
				addr <- r
			}
		}
	}()
	select {
	case a := <-addr:
		return a
	case <-timeout:
		return ""
	}
}
