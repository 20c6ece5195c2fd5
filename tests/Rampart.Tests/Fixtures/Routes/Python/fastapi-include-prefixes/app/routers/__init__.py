from fastapi import APIRouter

from app.core.config import settings
from . import items, login, orders
from .debug import router as debug_router

api_router = APIRouter()
api_router.include_router(login.router, tags=["login"])
api_router.include_router(items.router, prefix="/items", tags=["items"])
api_router.include_router(orders.router)

if settings.DEBUG:
    api_router.include_router(debug_router, prefix="/debug")
