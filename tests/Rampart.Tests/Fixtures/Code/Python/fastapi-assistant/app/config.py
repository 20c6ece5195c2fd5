import os

from pydantic import SecretStr
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    APP_NAME: str = "assistant"
    JWT_SECRET: str = "change-me"
    OPENAI_API_KEY: SecretStr = SecretStr("")
    ENVIRONMENT: str = "production"


settings = Settings()
SIGNING_KEY = os.getenv("SIGNING_KEY", "dev-signing-key")
REFRESH_KEY = os.environ["REFRESH_KEY"]
