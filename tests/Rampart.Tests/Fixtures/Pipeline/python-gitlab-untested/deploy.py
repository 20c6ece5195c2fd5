print("deploying")
