[=node_version]
