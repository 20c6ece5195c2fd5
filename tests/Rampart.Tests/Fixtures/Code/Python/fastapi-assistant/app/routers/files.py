import os
import pathlib

from fastapi import APIRouter, UploadFile
from fastapi.responses import FileResponse

router = APIRouter(prefix="/files")
STORAGE = pathlib.Path("/var/lib/assistant/files")


@router.get("/{file_id}")
def get_file(file_id: str):
    return FileResponse(os.path.join(STORAGE, file_id))  # expect: RMP-C023


@router.get("/by-id/{file_id}")
def get_file_by_id(file_id: int):
    return FileResponse(STORAGE / f"{file_id}.bin")


@router.get("/checked/{name}")
def get_checked(name: str):
    full = os.path.realpath(os.path.join(STORAGE, name))
    if not full.startswith(str(STORAGE) + os.sep):
        raise ValueError("outside storage")
    return FileResponse(full)


@router.post("/")
async def upload(file: UploadFile):
    target = STORAGE / file.filename
    target.write_bytes(await file.read())  # expect: RMP-C023
    return {"name": file.filename}
