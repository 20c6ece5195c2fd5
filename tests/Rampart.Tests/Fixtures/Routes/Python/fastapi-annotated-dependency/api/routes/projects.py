from typing import Annotated

from fastapi import APIRouter, Security

from api.security import CurrentUser, SessionDep, User, require_scopes

router = APIRouter(prefix="/projects")


@router.get("/")
async def list_projects(session: SessionDep, user: CurrentUser):
    return session.query(user.id)


@router.post("/")
async def create_project(session: SessionDep, user: CurrentUser, name: str):
    session.add(name)
    session.commit()


@router.delete("/{project_id}")
async def delete_project(project_id: int, user: Annotated[User, Security(require_scopes, scopes=["projects:delete"])]):
    return {"deleted": project_id}


@router.get("/{project_id}/members")  # expect: RMP-C003
async def list_members(project_id: int, session: SessionDep):
    return session.query(project_id)
