from typing import Annotated

from fastapi import Depends, HTTPException, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer, SecurityScopes

bearer = HTTPBearer()


class User:
    id: int
    is_admin: bool


async def resolve_user(credentials: Annotated[HTTPAuthorizationCredentials, Depends(bearer)]) -> User:
    return User()


async def require_scopes(security_scopes: SecurityScopes, user: Annotated[User, Depends(resolve_user)]) -> User:
    return user


CurrentUser = Annotated[User, Depends(resolve_user)]
SessionDep = Annotated[object, Depends(lambda: None)]
