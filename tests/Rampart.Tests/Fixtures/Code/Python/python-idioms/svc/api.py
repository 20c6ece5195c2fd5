import hmac
import logging

import strawberry
from fastapi import Depends, FastAPI, Header, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from fastapi.security import APIKeyQuery
from strawberry.fastapi import GraphQLRouter

from .settings import API_KEY, ENVIRONMENT

logger = logging.getLogger(__name__)
logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)  # expect: RMP-C033
api_key_query = APIKeyQuery(name="api_key")  # expect: RMP-C044
app = FastAPI(debug=ENVIRONMENT == "development")
app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True)

if ENVIRONMENT == "development":
    debug_app = FastAPI(debug=True)


@strawberry.type
class Query:
    hello: str = "world"


schema = strawberry.Schema(query=Query)
app.include_router(GraphQLRouter(schema, graphql_ide="graphiql"), prefix="/graphql")  # expect: RMP-C043


def require_key(x_api_key: str = Header(...)):
    if not hmac.compare_digest(x_api_key, API_KEY):
        raise HTTPException(status_code=401)
    if x_api_key != API_KEY:  # expect: RMP-C013
        raise HTTPException(status_code=401)


@app.get("/reports/{report_id}")
def report(report_id: str, verbose: bool = False, key=Depends(require_key)):
    logger.info("report %s requested (verbose=%s)", report_id, verbose)
    return {"id": report_id}


@app.websocket("/ws")
async def ws(websocket, token: str):
    await websocket.accept()
