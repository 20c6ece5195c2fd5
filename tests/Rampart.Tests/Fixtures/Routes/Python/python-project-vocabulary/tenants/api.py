from acme_auth import maybe_tenant, require_tenant_admin, tenant_member
from fastapi import APIRouter, Depends, FastAPI

app = FastAPI()
router = APIRouter(prefix="/tenants")


@router.get("/{tenant_id}")
def get_tenant(tenant_id: str, member=Depends(tenant_member)):
    return {"id": tenant_id}


@router.post("/{tenant_id}/invite")
def invite(tenant_id: str, admin=Depends(require_tenant_admin)):
    return {"invited": True}


@router.post("/{tenant_id}/feedback")  # expect: RMP-C001
def feedback(tenant_id: str, tenant=Depends(maybe_tenant)):
    return {"thanks": True}


app.include_router(router)
