print("[=name]")
