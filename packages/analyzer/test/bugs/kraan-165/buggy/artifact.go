package main

import (
	"encoding/json"
	"fmt"
	"os"
)

// artifact is a build output with optional free-form JSON metadata.
type artifact struct {
	file     string
	metadata []byte // may be empty
}

type signer struct {
	keyID string
}

// sign adds the signer's key id to the artifact's metadata.
func (s signer) sign(a *artifact) error {
	var meta map[string]interface{}
	if len(a.metadata) > 0 {
		if err := json.Unmarshal(a.metadata, &meta); err != nil {
			return fmt.Errorf("%s: bad metadata: %v", a.file, err)
		}
	}
	meta["signed_by"] = s.keyID
	out, err := json.Marshal(meta)
	if err != nil {
		return err
	}
	a.metadata = out
	return nil
}

func main() {
	s := signer{keyID: "release-key-7"}
	batch := []*artifact{
		{file: "app-linux-amd64.tar.gz", metadata: []byte(`{"commit":"9f2c1e0"}`)},
		{file: "app-darwin-arm64.tar.gz"}, // built without metadata
	}
	for _, a := range batch {
		if err := s.sign(a); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("%s %s\n", a.file, a.metadata)
	}
}
