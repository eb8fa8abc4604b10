package copylocks

import "sync"

type Ported struct {
	mu   sync.Mutex
	name string
}
