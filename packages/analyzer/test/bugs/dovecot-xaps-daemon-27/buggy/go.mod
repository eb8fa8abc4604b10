module example.com/dovecot-xaps-daemon-27

go 1.15
