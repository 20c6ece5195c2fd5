from .base import *  # noqa: F403

DEBUG = True
CORS_ALLOW_ALL_ORIGINS = True
SESSION_COOKIE_SECURE = False
LOGGING["loggers"]["django.db.backends"] = {"handlers": ["console"], "level": "DEBUG"}
