import hashlib
import hmac
import logging
import time

import jwt
from fastapi import APIRouter, Header, HTTPException, Response
from pydantic import BaseModel, SecretStr

from app.config import REFRESH_KEY, SIGNING_KEY, settings

router = APIRouter(prefix="/auth")
log = logging.getLogger("auth")


class LoginRequest(BaseModel):
    username: str
    password: str


class ApiKeyRequest(BaseModel):
    label: str
    api_key: SecretStr


def hash_password(password: str) -> str:
    return hashlib.sha256(password.encode()).hexdigest()  # expect: RMP-C014


def hash_password_salted(password: str, salt: bytes) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000).hex()


def file_checksum(data: bytes) -> str:
    return hashlib.md5(data).hexdigest()


@router.post("/login")
def login(payload: LoginRequest, response: Response):
    log.info("login attempt for %s", payload.username)
    log.debug("login payload: %s", payload)  # expect: RMP-C030
    token = jwt.encode({"sub": payload.username, "exp": time.time() + 3600}, settings.JWT_SECRET, algorithm="HS256")  # expect: RMP-C012
    refresh = jwt.encode({"sub": payload.username}, REFRESH_KEY, algorithm="HS256")
    response.set_cookie("access_token", token, httponly=True, secure=True)
    response.set_cookie("refresh_token", refresh, httponly=True)  # expect: RMP-C015
    log.info("token issued, expires in %d seconds", 3600)
    return {"token_type": "bearer"}


@router.get("/me")
def me(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})  # expect: RMP-C010
    if claims.get("role") == "admin":
        return {"admin": True}
    return {"sub": claims["sub"]}


@router.get("/session")
def session_info(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    header = jwt.get_unverified_header(token)
    unverified = jwt.decode(token, options={"verify_signature": False})
    key = SIGNING_KEY if header.get("kid") == "v2" else REFRESH_KEY  # the kid picks the key: normal
    claims = jwt.decode(token, REFRESH_KEY, algorithms=["HS256"])
    return {"sub": claims["sub"], "iss": unverified.get("iss"), "key": bool(key)}


@router.get("/signed")
def signed_check(x_signature: str = Header(...), x_api_key: str = Header(...)):
    expected_signature = hmac.new(REFRESH_KEY.encode(), b"payload", hashlib.sha256).hexdigest()
    if x_signature != expected_signature:  # expect: RMP-C013
        raise HTTPException(status_code=401)
    if not hmac.compare_digest(x_api_key, settings.JWT_SECRET):
        raise HTTPException(status_code=401)
    if x_api_key == "":
        raise HTTPException(status_code=400)
    return {"ok": True}


def verify_signing(token: str):
    return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"])  # expect: RMP-C012


@router.post("/api-keys")
def create_api_key(req: ApiKeyRequest):
    # SecretStr prints as '**********': logging the model does not leak the key.
    log.info("api key created: %s", req)
    return {"label": req.label}
