from anthropic import Anthropic
from fastapi import Depends, FastAPI, Request
from openai import OpenAI
from slowapi import Limiter
from slowapi.util import get_remote_address

from .auth import get_current_user

app = FastAPI()
limiter = Limiter(key_func=get_remote_address)
client = OpenAI()
claude = Anthropic()


@app.post("/api/chat")  # expect: RMP-C050
async def chat(prompt: str):
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
    return {"reply": reply.choices[0].message.content}


@app.post("/api/demo/summarise")  # expect: RMP-C050
@limiter.limit("5/minute")
async def summarise(request: Request, text: str):
    message = claude.messages.create(model="claude-3-5-haiku-latest", max_tokens=300, messages=[{"role": "user", "content": text}])
    return {"summary": message.content[0].text}


@app.post("/api/members/chat")
async def members_chat(prompt: str, user=Depends(get_current_user)):
    reply = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
    return {"reply": reply.choices[0].message.content}


@app.get("/api/models")
async def models():
    # Prices come from the OpenAI pricing page; nothing is called here.
    return ["gpt-4o-mini", "claude-3-5-haiku-latest"]
