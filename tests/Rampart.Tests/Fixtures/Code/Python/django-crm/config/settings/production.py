from .base import *  # noqa: F403

CORS_ALLOW_ALL_ORIGINS = True  # expect: RMP-C041
SESSION_COOKIE_SECURE = False  # expect: RMP-C015
CSRF_COOKIE_SECURE = True
