// The packages whose functions are the runtime's own (fmt, os, runtime, sync, time): Go
// declarations without bodies, bound to TypeScript in run.ts. Their types are checked like
// any Go source, so calls to them get Go's compile errors.
export const corePackages: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  fmt: {
    'fmt.go': `package fmt

type Stringer interface{ String() string }

func Println(a ...any) (n int, err error)
func Print(a ...any) (n int, err error)
func Printf(format string, a ...any) (n int, err error)
func Sprintf(format string, a ...any) string
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Errorf(format string, a ...any) error
`,
  },
  os: {
    'os.go': `package os

var Args []string

func Exit(code int)
func Getenv(key string) string
`,
  },
  runtime: {
    'runtime.go': `package runtime

func Gosched()
func Goexit()
func GC()
func NumGoroutine() int
`,
  },
  sync: {
    'sync.go': `package sync

type Mutex struct{ m any }

func (m *Mutex) Lock()
func (m *Mutex) Unlock()

type RWMutex struct{ m any }

func (m *RWMutex) Lock()
func (m *RWMutex) Unlock()
func (m *RWMutex) RLock()
func (m *RWMutex) RUnlock()

type WaitGroup struct{ w any }

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()

type Once struct{ o any }

func (o *Once) Do(f func())
`,
  },
  time: {
    'time.go': `package time

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

func Sleep(d Duration)
`,
  },
};
