module example.com/kubedog-121

go 1.12
