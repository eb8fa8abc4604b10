package main

import (
	"fmt"
	"time"
)

// playable is what the player needs from any queued item.
type playable interface {
	Title() string
	Length() time.Duration
}

type song struct {
	artist  string
	name    string
	seconds int
}

func (s *song) Title() string         { return s.artist + " - " + s.name }
func (s *song) Length() time.Duration { return time.Duration(s.seconds) * time.Second }

type album struct {
	tracks []song
}

// queue hands the album's tracks to the player as playables.
func (a *album) queue() []playable {
	var q []playable
	for i := range a.tracks {
		t := a.tracks[i] // a fresh variable per track
		q = append(q, &t)
	}
	return q
}

func main() {
	a := &album{tracks: []song{
		{"Nora Vale", "Harbor Lights", 212},
		{"Nora Vale", "Low Tide", 187},
		{"Nora Vale", "Salt Road", 240},
	}}
	var total time.Duration
	for i, p := range a.queue() {
		total += p.Length()
		fmt.Printf("%d. %s (%v)\n", i+1, p.Title(), p.Length())
	}
	fmt.Println("total:", total)
}
