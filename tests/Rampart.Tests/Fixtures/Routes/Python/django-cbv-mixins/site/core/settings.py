ROOT_URLCONF = "core.urls"
INSTALLED_APPS = ["django.contrib.auth", "shop"]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
]
