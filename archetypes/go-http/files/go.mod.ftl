module [=go_module]

go [=go_version]
