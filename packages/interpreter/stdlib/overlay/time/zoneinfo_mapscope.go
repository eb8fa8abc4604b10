// mapscope's local time zone for Go's time package, in place of the js/wasm port's, which asks
// the browser for a fixed offset. Programs see linux/amd64, so the zone is found as Go finds it
// on Linux: $TZ names it ("" for UTC, a leading ':' ignored, an absolute path read as a file),
// else /etc/localtime says it, else it is UTC. In the browser no zone file exists: UTC.
//
//mapscope:replaces zoneinfo_js.go

package time

import "syscall"

// Where zone files are looked for, as on Linux.
var platformZoneSources = []string{
	"/usr/share/zoneinfo/",
	"/usr/share/lib/zoneinfo/",
	"/usr/lib/locale/TZ/",
}

func initLocal() {
	tz, set := syscall.Getenv("TZ")
	if len(tz) > 0 && tz[0] == ':' {
		tz = tz[1:]
	}
	switch {
	case !set:
		if z, err := loadLocation("localtime", []string{"/etc"}); err == nil {
			localLoc = *z
			localLoc.name = "Local"
			return
		}
	case len(tz) > 0 && tz[0] == '/':
		if z, err := loadLocation(tz, []string{""}); err == nil {
			localLoc = *z
			localLoc.name = tz
			if tz == "/etc/localtime" {
				localLoc.name = "Local"
			}
			return
		}
	case tz != "" && tz != "UTC":
		if z, err := loadLocation(tz, platformZoneSources); err == nil {
			localLoc = *z
			return
		}
	}
	localLoc.name = "UTC"
}
