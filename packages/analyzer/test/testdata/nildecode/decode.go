package nildecode

import "encoding/json"

// Filled only when there is something to decode, written either way.
func labels(raw []byte) map[string]string {
	var out map[string]string
	if len(raw) > 0 {
		if err := json.Unmarshal(raw, &out); err != nil {
			return nil
		}
	}
	out["source"] = "decoded" // want `out \(declared at line 7 with no value\) is only filled by json.Unmarshal at line 9, inside the if at line 8; when that condition is false out is still nil here` MH003
	return out
}

// Made when the decode did not run: fine.
func labelsMade(raw []byte) map[string]string {
	var out map[string]string
	if len(raw) > 0 {
		_ = json.Unmarshal(raw, &out)
	}
	if out == nil {
		out = map[string]string{}
	}
	out["source"] = "decoded"
	return out
}

// Decoded on both branches: fine.
func labelsEither(raw, fallback []byte) map[string]string {
	var out map[string]string
	if len(raw) > 0 {
		_ = json.Unmarshal(raw, &out)
	} else {
		_ = json.Unmarshal(fallback, &out)
	}
	out["source"] = "decoded"
	return out
}
