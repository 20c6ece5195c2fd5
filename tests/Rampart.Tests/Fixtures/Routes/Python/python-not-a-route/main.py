"""Catalog service.

Usage example (documentation, not code):

    @app.delete("/products/{product_id}")
    def delete_product(product_id): ...
"""
from fastapi import FastAPI

app = FastAPI()

# @app.post("/admin/purge")
# def purge(): ...

EXAMPLE = '@app.post("/admin/reset")'
TEMPLATE = f"""
@app.put("/products/{{product_id}}")
def {EXAMPLE.lower()}(): ...
"""
NESTED = f"{'@app.get(' + '"/nested"' + ')'}"


@app.get("/products")
def list_products():
    return [{"name": "lamp", "note": "@app.delete('/products') is not a route"}]


@app.get("/healthz")
def healthz():
    return {"ok": True}


@app.post("/auth/login")
def login(credentials: dict):
    return {"token": "..."}
