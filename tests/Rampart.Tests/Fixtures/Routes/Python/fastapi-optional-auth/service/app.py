from fastapi import APIRouter, Depends, FastAPI

from service.auth import get_current_user_optional, internal_caller, viewer

app = FastAPI()
internal = APIRouter()


@app.get("/feed")
def feed(user=Depends(get_current_user_optional)):
    return []


@app.post("/comments")  # expect: RMP-C001
def post_comment(body: dict, user=Depends(get_current_user_optional)):
    return body


@app.patch("/profile")  # expect: RMP-C001
def update_profile(body: dict, who=Depends(viewer)):
    return body


@internal.post("/jobs/rebuild-index")
def rebuild_index():
    return {"queued": True}


@internal.get("/jobs")
def list_jobs():
    return []


app.include_router(internal, prefix="/internal", dependencies=[Depends(internal_caller)])
