from fastapi import APIRouter, Depends

from .. import deps

router = APIRouter(prefix="/orders", tags=["orders"], dependencies=[Depends(deps.current_account)])


@router.get("")
def list_orders():
    return []


@router.api_route("/{order_id}/refund", methods=["POST", "PUT"])
def refund_order(order_id: int):
    return {"refunded": order_id}
