from fastapi import FastAPI

from api.routes import projects

app = FastAPI()
app.include_router(projects.router, prefix="/v2")
