import logging

import uvicorn
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy import create_engine

from app.config import settings
from app.routers import auth, chat, files

logging.basicConfig(level=logging.INFO)
app = FastAPI(title=settings.APP_NAME)
app.add_middleware(  # expect: RMP-C041
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
app.include_router(auth.router)
app.include_router(chat.router)
app.include_router(files.router)

engine = create_engine("sqlite:///assistant.db", echo=True)  # expect: RMP-C033
debug_engine = create_engine("sqlite:///assistant.db", echo=settings.ENVIRONMENT == "development")

if settings.ENVIRONMENT == "development":
    dev_engine = create_engine("sqlite:///dev.db", echo=True)

if __name__ == "__main__":
    uvicorn.run("app.main:app", host="0.0.0.0", port=8000, reload=True)  # expect: RMP-C045
