import os

import httpx

QUEUE_URL = os.getenv("QUEUE_URL", "http://localhost:9000")


def poll():
    return httpx.get(f"{QUEUE_URL}/next", timeout=10).json()


if __name__ == "__main__":
    print(poll())
