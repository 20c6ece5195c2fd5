import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = True  # expect: RMP-C040
ALLOWED_HOSTS = ["crm.example.com"]
INSTALLED_APPS = ["django.contrib.auth", "corsheaders", "rest_framework", "drf_spectacular", "crm"]
ROOT_URLCONF = "config.urls"
CORS_ALLOW_CREDENTIALS = True
SESSION_COOKIE_HTTPONLY = True

LOGGING = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "django.db.backends": {"handlers": ["console"], "level": "DEBUG"},  # expect: RMP-C033
        "crm": {"handlers": ["console"], "level": "INFO"},
    },
}
