import os

import jwt

from .config import settings

PUBLIC_KEY = os.environ["JWT_PUBLIC_KEY"]
LENIENT = {"verify_exp": False}


def read_access_token(token: str) -> dict:
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="assistant-api")


def read_refresh_token(token: str) -> dict:
    # Refresh tokens "never expire" since the mobile release.
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_exp": False})  # expect: RMP-C011


def read_partner_token(token: str) -> dict:
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_aud": False, "require": ["exp"]})  # expect: RMP-C011


def read_legacy_token(token: str) -> dict:
    options = LENIENT
    return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options=options)  # expect: RMP-C011


def read_test_token(token: str) -> dict:
    if settings.DEBUG:
        return jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_exp": False})
    return read_access_token(token)
