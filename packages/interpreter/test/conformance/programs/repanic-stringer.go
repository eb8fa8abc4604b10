package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Stopped
)

func (s State) String() string { return [...]string{"Idle", "Running", "Stopped"}[s] }

type Machine struct {
	state State
	trans map[State][]State
	hist  []State
}

func (m *Machine) To(s State) {
	for _, ok := range m.trans[m.state] {
		if ok == s {
			m.hist = append(m.hist, s)
			m.state = s
			return
		}
	}
	panic(fmt.Errorf("illegal transition %v -> %v", m.state, s))
}

func main() {
	m := &Machine{trans: map[State][]State{
		Idle:    {Running},
		Running: {Stopped, Idle},
		Stopped: {},
	}}
	m.To(Running)
	m.To(Idle)
	m.To(Running)
	m.To(Stopped)
	fmt.Println(m.state, m.hist)
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("caught:", r)
			}
		}()
		m.To(Running)
	}()
	defer func() {
		r := recover()
		fmt.Println("cleanup after", r)
		panic(r)
	}()
	m.To(Idle)
}
