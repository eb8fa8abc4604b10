module peers/rangevaladdress

go 1.21
