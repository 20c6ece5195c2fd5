import logging
from typing import Any

import httpx
from fastapi import APIRouter, Query, Request
from openai import OpenAI
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.orm import Session

from app.config import settings

router = APIRouter(prefix="/chat")
logger = logging.getLogger(__name__)
client = OpenAI()
http = httpx.AsyncClient(timeout=10)


class ChatRequest(BaseModel):
    message: str
    max_tokens: int = 256


class Webhook(BaseModel):
    callback_url: str
    event: str


@router.post("/complete")
async def complete(body: ChatRequest, request: Request):
    raw = await request.json()
    logger.info("chat request: %s", raw)  # expect: RMP-C031
    result = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": body.message}], max_tokens=body.max_tokens)
    usage = result.usage
    logger.info("used %d prompt tokens, %d completion tokens", usage.prompt_tokens, usage.completion_tokens)
    logger.info(f"max_tokens={body.max_tokens} total_tokens={usage.total_tokens}")
    logger.info("token budget left: %s", usage.total_tokens - body.max_tokens)
    print(f"OpenAI key configured: {bool(settings.OPENAI_API_KEY)}")
    print(f"OpenAI key: {settings.OPENAI_API_KEY}")
    return {"reply": result.choices[0].message.content}


@router.get("/history")
def history(user: str, db: Session, limit: int = 20, api_key: str = Query(...)):  # expect: RMP-C044
    rows = db.execute(text(f"SELECT * FROM messages WHERE user = '{user}' LIMIT {limit}"))  # expect: RMP-C020
    safe = db.execute(text("SELECT * FROM messages WHERE user = :user LIMIT :limit"), {"user": user, "limit": limit})
    return {"rows": [dict(r) for r in rows], "safe": [dict(r) for r in safe]}


@router.get("/search")
def search(db: Session, q: str = Query(..., max_length=50), page: int = 1):
    db.execute(text(f"SELECT * FROM messages ORDER BY id LIMIT 20 OFFSET {page * 20}"))
    return db.execute(text("SELECT * FROM messages WHERE body LIKE :q"), {"q": f"%{q}%"}).all()


@router.post("/webhook")
async def register_webhook(hook: Webhook, filters: dict[str, Any]):
    await http.post(hook.callback_url, json={"event": "registered"})  # expect: RMP-C024
    async with httpx.AsyncClient(verify=False) as insecure:  # expect: RMP-C042
        await insecure.get(f"https://hooks.example.com/events/{hook.event}")
    return {"filters": len(filters)}
