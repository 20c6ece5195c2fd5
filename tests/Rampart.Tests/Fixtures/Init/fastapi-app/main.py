import os

from fastapi import FastAPI

DATABASE_URL = os.environ["DATABASE_URL"]
API_KEY = os.getenv("API_KEY")
LOG_LEVEL = os.environ.get("LOG_LEVEL", "info")

app = FastAPI()


@app.get("/health")
def health():
    return {"status": "ok", "log_level": LOG_LEVEL}


@app.get("/items/{item_id}")
def read_item(item_id: int):
    return {"item_id": item_id}
