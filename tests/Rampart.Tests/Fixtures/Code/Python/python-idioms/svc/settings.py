import os

API_KEY = os.environ["API_KEY"]
ENVIRONMENT = os.environ.get("ENVIRONMENT", "production")
