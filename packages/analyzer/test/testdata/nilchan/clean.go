package nilchan

func commaOk(chans map[string]chan int, k string) {
	ch, ok := chans[k]
	if !ok {
		return
	}
	ch <- 1
}

func nilGuard(chans map[string]chan int, k string) {
	ch := chans[k]
	if ch == nil {
		return
	}
	ch <- 1
}

func nilGuardInline(chans map[string]chan int, k string) {
	if chans[k] == nil {
		chans[k] = make(chan int, 1)
	}
	chans[k] <- 1
}

func assignedFirst(chans map[string]chan int, k string) {
	chans[k] = make(chan int, 1)
	chans[k] <- 1
}

func selectDisablesNilCase(chans map[string]chan int, k string, quit chan bool) {
	select {
	case v := <-chans[k]:
		_ = v
	case <-quit:
	}
}

func selectWithDefault(chans map[string]chan int, k string) {
	select {
	case chans[k] <- 1:
	default:
	}
}

func literalWithConstantKey() {
	chans := map[string]chan int{"a": make(chan int, 1)}
	chans["a"] <- 1
}

func rangeOverMapValues(chans map[string]chan int) {
	for _, ch := range chans {
		close(ch)
	}
}

func notAMapOfChannels(m map[string]int, ch chan int, k string) {
	ch <- m[k]
}

func reassigned(chans map[string]chan int, k string) {
	ch := chans[k]
	ch = make(chan int, 1)
	ch <- 1
}

func closeShadowed(chans map[string]chan int, k string) {
	close := func(chan int) {}
	close(chans[k])
}

func selectBareReceive(chans map[string]chan int, k string, quit chan bool) {
	select {
	case <-chans[k]:
	case <-quit:
	}
}

func rangeKey(chans map[string]chan int) {
	for k := range chans {
		close(chans[k])
	}
}

func filledForEachName(names []string) {
	done := make(map[string]chan struct{})
	for _, n := range names {
		done[n] = make(chan struct{})
	}
	for _, n := range names {
		close(done[n])
	}
}
