from fastapi import APIRouter

router = APIRouter()


@router.post("/reset-db")
def reset_db():
    return {"reset": True}
