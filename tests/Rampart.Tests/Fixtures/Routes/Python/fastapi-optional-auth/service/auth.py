from typing import Optional

from fastapi import Depends, HTTPException
from fastapi.security import APIKeyHeader, OAuth2PasswordBearer

oauth2_optional = OAuth2PasswordBearer(tokenUrl="token", auto_error=False)
api_key_header = APIKeyHeader(name="X-API-Key")


def get_current_user_optional(token: Optional[str] = Depends(oauth2_optional)):
    return None if token is None else {"sub": token}


def viewer(token: Optional[str] = Depends(oauth2_optional)):
    # Looks like auth, but a missing token just yields an anonymous viewer.
    return token


def internal_caller(key: str = Depends(api_key_header)):
    return key
