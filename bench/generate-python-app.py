#!/usr/bin/env python3
"""Generate a Python web monorepo for the route-inventory benchmark (bench/routes-py.sh).

Half FastAPI (routers included across files with prefixes, Annotated dependencies, router-level
dependencies), half Django/DRF (apps with urls.py includes, CBVs with mixins, ViewSets on routers,
function views with decorators), plus plain helper modules, tests and docstrings so the lexer sees
ordinary code too. Deterministic for a given seed.

    python3 bench/generate-python-app.py OUT_DIR [--files 1500] [--seed 7]
"""
import argparse
import os
import random

VERBS = ["get", "post", "put", "patch", "delete"]
NOUNS = ["orders", "invoices", "customers", "products", "shipments", "reports", "payments", "tickets", "projects", "teams", "users", "exports"]


def write(root, path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(text)


def helper_module(rng, i):
    lines = [f'"""Helpers #{i}: formatting, validation and small utilities."""', "import json", "import re", ""]
    for j in range(rng.randint(8, 16)):
        lines += [
            f"def helper_{i}_{j}(value, *, strict=False):",
            f'    """Return a cleaned value (example: @router.get("/fake/{j}") is text, not a route)."""',
            "    if value is None:",
            '        return ""',
            f"    text = f\"{{value!r:>{{10}}}}-{{json.dumps({{'k': {j}}})}}\"",
            r"    return re.sub(r'\s+', ' ', text) if strict else text",
            "",
        ]
    return "\n".join(lines) + "\n"


def fastapi_router(rng, svc, k):
    noun = rng.choice(NOUNS)
    protected = rng.random() < 0.7
    lines = [
        "from typing import Annotated",
        "",
        "from fastapi import APIRouter, Depends, HTTPException",
        "",
        f"from {svc}.deps import CurrentUser, SessionDep, get_current_user",
        "",
        f'router = APIRouter(prefix="/{noun}{k}", tags=["{noun}"]' + (", dependencies=[Depends(get_current_user)])" if protected else ")"),
        "",
    ]
    for j in range(rng.randint(4, 9)):
        verb = rng.choice(VERBS)
        path = "/" if verb in ("get", "post") and j % 2 == 0 else "/{item_id}"
        auth = "user: CurrentUser, " if rng.random() < 0.5 else ""
        lines += [
            "",
            f'@router.{verb}("{path}{"" if j < 2 else f"/action{j}"}")',
            f"async def {verb}_{noun}_{k}_{j}({auth}session: SessionDep, item_id: int = 0):",
            f'    """{verb.upper()} {noun}."""',
            "    row = session.get(item_id)",
            "    if row is None:",
            '        raise HTTPException(status_code=404, detail="not found")',
            "    session.add(row)" if verb != "get" else "    return row",
            "    session.commit()" if verb != "get" else "",
            "    return row" if verb != "get" else "",
        ]
    return "\n".join(lines) + "\n"


def fastapi_service(root, rng, s, files_left):
    svc = f"svc{s}"
    base = f"services/{svc}"
    write(root, f"{base}/pyproject.toml", f'[project]\nname = "{svc}"\ndependencies = ["fastapi"]\n')
    write(root, f"{base}/{svc}/__init__.py", "")
    write(root, f"{base}/{svc}/deps.py", """from typing import Annotated

from fastapi import Depends
from fastapi.security import OAuth2PasswordBearer

oauth2_scheme = OAuth2PasswordBearer(tokenUrl="/login")


def get_db():
    yield None


def get_current_user(token: Annotated[str, Depends(oauth2_scheme)]):
    return {"token": token}


CurrentUser = Annotated[dict, Depends(get_current_user)]
SessionDep = Annotated[object, Depends(get_db)]
""")
    count = 3
    routers = max(4, min(30, files_left // 3))
    names = []
    for k in range(routers):
        write(root, f"{base}/{svc}/routers/r{k}.py", fastapi_router(rng, svc, k))
        names.append(f"r{k}")
        count += 1
    write(root, f"{base}/{svc}/routers/__init__.py", "")
    api = ["from fastapi import APIRouter", "", f"from {svc}.routers import " + ", ".join(names), "", "api_router = APIRouter()"]
    api += [f"api_router.include_router({n}.router)" for n in names]
    write(root, f"{base}/{svc}/api.py", "\n".join(api) + "\n")
    write(root, f"{base}/{svc}/main.py", f"""from fastapi import FastAPI

from {svc}.api import api_router

app = FastAPI()
app.include_router(api_router, prefix="/api/v1")


@app.get("/health")
def health():
    return {{"ok": True}}
""")
    count += 3
    for h in range(min(routers, max(0, files_left - count))):
        write(root, f"{base}/{svc}/utils/helpers_{h}.py", helper_module(rng, h))
        count += 1
    return count


def django_app(root, rng, proj, a):
    app = f"app{a}"
    noun = rng.choice(NOUNS)
    write(root, f"{proj}/{app}/__init__.py", "")
    write(root, f"{proj}/{app}/urls.py", f"""from django.urls import include, path
from rest_framework.routers import DefaultRouter

from . import views

router = DefaultRouter()
router.register(r"{noun}", views.{noun.title()}ViewSet)

urlpatterns = [
    path("", include(router.urls)),
    path("dashboard/", views.DashboardView.as_view()),
    path("export/", views.export_{noun}),
    path("public/", views.public_page),
]
""")
    write(root, f"{proj}/{app}/views.py", f"""from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.views.generic import TemplateView
from rest_framework import permissions, viewsets

from .models import {noun.title()}


class {noun.title()}ViewSet(viewsets.ModelViewSet):
    queryset = {noun.title()}.objects.all()
    permission_classes = [permissions.{"IsAuthenticated" if rng.random() < 0.8 else "IsAuthenticatedOrReadOnly"}]


class DashboardView(LoginRequiredMixin, TemplateView):
    template_name = "dashboard.html"


@login_required
def export_{noun}(request):
    return JsonResponse(list({noun.title()}.objects.values()), safe=False)


def public_page(request):
    return JsonResponse({{"hello": "world"}})
""")
    write(root, f"{proj}/{app}/models.py", f"from django.db import models\n\n\nclass {noun.title()}(models.Model):\n    name = models.CharField(max_length=100)\n")
    write(root, f"{proj}/{app}/tests.py", f"from django.test import TestCase\n\n\nclass Smoke(TestCase):\n    def test_it(self):\n        self.client.get('/{app}/public/')\n")
    return 5


def django_project(root, rng, p, files_left):
    proj = f"web{p}"
    write(root, f"{proj}/manage.py", "import sys\nfrom django.core.management import execute_from_command_line\nexecute_from_command_line(sys.argv)\n")
    write(root, f"{proj}/config/__init__.py", "")
    write(root, f"{proj}/config/settings.py", 'ROOT_URLCONF = "config.urls"\nREST_FRAMEWORK = {"DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"]}\n')
    apps = max(2, min(40, (files_left - 4) // 5))
    urls = ["from django.contrib import admin", "from django.urls import include, path", "", "urlpatterns = [", '    path("admin/", admin.site.urls),']
    urls += [f'    path("app{a}/", include("app{a}.urls")),' for a in range(apps)]
    urls += ["]"]
    write(root, f"{proj}/config/urls.py", "\n".join(urls) + "\n")
    count = 4
    for a in range(apps):
        count += django_app(root, rng, proj, a)
    return count


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--files", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    written, s, p = 0, 0, 0
    while written < args.files:
        half = args.files - written
        if (s + p) % 2 == 0:
            written += fastapi_service(args.out, rng, s, min(half, 100))
            s += 1
        else:
            written += django_project(args.out, rng, p, min(half, 200))
            p += 1
    print(f"{written} Python-app files ({s} FastAPI services, {p} Django projects)")


if __name__ == "__main__":
    main()
