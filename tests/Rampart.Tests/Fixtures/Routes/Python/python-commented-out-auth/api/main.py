from fastapi import Depends, FastAPI

from api.auth import get_current_user

app = FastAPI()


@app.get("/me")
def me(user=Depends(get_current_user)):
    return user


@app.delete("/accounts/{account_id}")  # expect: RMP-C001
def delete_account(
    account_id: int,
    # user=Depends(get_current_user),  # expect: RMP-C004
):
    return {"deleted": account_id}
