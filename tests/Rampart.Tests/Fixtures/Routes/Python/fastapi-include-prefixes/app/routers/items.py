from fastapi import APIRouter, Depends

from app.deps import current_account, get_db

router = APIRouter()


@router.get("/")
def read_items(db=Depends(get_db)):
    """Public catalog. Not a route: @router.delete("/") lives below."""
    return db.query("items").all()


@router.get("/{item_id}")
def read_item(item_id: int, db=Depends(get_db)):
    return db.get(item_id)


@router.post("/")
def create_item(item: dict, db=Depends(get_db), account=Depends(current_account)):
    db.add(item)
    db.commit()
    return item


@router.delete("/{item_id}")  # expect: RMP-C001
def delete_item(item_id: int, db=Depends(get_db)):
    db.delete(item_id)
    db.commit()
