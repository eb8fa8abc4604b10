package runtime

type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// memStats: bytes and objects allocated so far (nothing is ever freed: the
// heap has no collector), and the runtime.GC calls made.
func memStats() (bytes uint64, objects uint64, gcs uint32)

// ReadMemStats fills in what the model's heap counts: bytes and objects
// allocated (Alloc = HeapAlloc = HeapInuse = TotalAlloc, Mallocs =
// HeapObjects, Frees = 0, as nothing is collected) and the runtime.GC calls
// (NumGC, NumForcedGC); every other field is zero.
func ReadMemStats(m *MemStats) {
	*m = MemStats{}
	bytes, objects, gcs := memStats()
	m.Alloc = bytes
	m.TotalAlloc = bytes
	m.HeapAlloc = bytes
	m.HeapInuse = bytes
	m.Sys = bytes
	m.HeapSys = bytes
	m.Mallocs = objects
	m.HeapObjects = objects
	m.NumGC = gcs
	m.NumForcedGC = gcs
	m.EnableGC = true
}
