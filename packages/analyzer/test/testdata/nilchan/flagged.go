package nilchan

type Event struct{ Name string }

type Done chan struct{}

type Broker struct {
	subs map[string]chan Event
}

func inlineSend(chans map[string]chan int, k string) {
	chans[k] <- 1 // want `send on the channel chans\[k\] that may be missing from the map: a missing key gives a nil channel, and a send on a nil channel blocks forever.*ch, ok := chans\[k\]`
}

func inlineReceive(chans map[string]chan int, k string) int {
	return <-chans[k] // want `receive from the channel chans\[k\]`
}

func inlineClose(chans map[string]chan int, k string) {
	close(chans[k]) // want `close of the channel chans\[k\].*close panics with "close of nil channel"`
}

func throughVariable(b *Broker, topic string, e Event) {
	ch := b.subs[topic]
	ch <- e // want `send on channel ch \(from b.subs\[topic\]\)`
}

func rangeOver(chans map[string]chan int, k string) (sum int) {
	for v := range chans[k] { // want `range over the channel chans\[k\]`
		sum += v
	}
	return sum
}

func namedChanType(done map[string]Done, k string) {
	close(done[k]) // want `close of the channel done\[k\]`
}

func selectWithOneCase(chans map[string]chan int, k string) {
	select {
	case v := <-chans[k]: // want `receive from the channel chans\[k\]`
		_ = v
	}
}

func wrongKeyChecked(chans map[string]chan int, a, b string) {
	if chans[a] == nil {
		return
	}
	chans[b] <- 1 // want `send on the channel chans\[b\]`
}

func varDeclared(chans map[int]chan string, id int) string {
	var ch = chans[id]
	return <-ch // want `receive from channel ch`
}
