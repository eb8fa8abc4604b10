module example.com/k8s-agent-233

go 1.23
