// crypto/rand gives the requested number of bytes; AES-GCM seals and opens a message in place
// (crypto's buffer overlap checks compare addresses).
package main

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"fmt"
)

func main() {
	key := make([]byte, 32)
	n, err := rand.Read(key)
	fmt.Println(n, err)
	block, _ := aes.NewCipher(bytes.Repeat([]byte{7}, 32))
	gcm, _ := cipher.NewGCM(block)
	nonce := make([]byte, gcm.NonceSize())
	msg := []byte("the map is not safe for concurrent use")
	sealed := gcm.Seal(msg[:0], nonce, msg, nil)
	fmt.Printf("%x\n", sealed)
	opened, err := gcm.Open(sealed[:0], nonce, sealed, nil)
	fmt.Println(string(opened), err)
}
