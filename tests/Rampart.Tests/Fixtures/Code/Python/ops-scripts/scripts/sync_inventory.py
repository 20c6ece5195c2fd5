"""Nightly inventory sync: pulls the supplier feed and loads it into the warehouse database."""
import hashlib
import logging
import os
import pickle
import ssl
import subprocess
import sys
import urllib.request
import xml.sax

import requests
import yaml
from lxml import etree

log = logging.getLogger("sync")
SUPPLIER_URL = "https://supplier.example.com/feed.xml"
API_TOKEN = os.environ["SUPPLIER_TOKEN"]


def fetch_feed():
    context = ssl._create_unverified_context()  # expect: RMP-C042
    with urllib.request.urlopen(SUPPLIER_URL, context=context) as response:
        return response.read()


def fetch_prices(session: requests.Session):
    session.verify = False  # expect: RMP-C042
    return session.get("https://supplier.example.com/prices", headers={"Authorization": f"Bearer {API_TOKEN}"}).json()


def parse(feed: bytes):
    parser = etree.XMLParser(resolve_entities=True)  # expect: RMP-C027
    safe_parser = etree.XMLParser(resolve_entities=False, no_network=True)
    sax = xml.sax.make_parser()
    sax.setFeature(xml.sax.handler.feature_external_ges, True)  # expect: RMP-C027
    sax.setFeature(xml.sax.handler.feature_external_ges, False)
    return etree.fromstring(feed, parser), safe_parser


def load_config(path: str):
    with open(path) as handle:
        config = yaml.load(handle, Loader=yaml.Loader)  # expect: RMP-C025
    with open(path) as handle:
        defaults = yaml.load(handle, Loader=yaml.SafeLoader)
    return config, defaults


def load_cache(path: str):
    # A local cache file the job wrote itself: not request data.
    with open(path, "rb") as handle:
        return pickle.load(handle)


def checksum(path: str) -> str:
    with open(path, "rb") as handle:
        return hashlib.md5(handle.read()).hexdigest()


def run_hooks(hook_dir: str):
    for name in sorted(os.listdir(hook_dir)):
        subprocess.run(["/bin/sh", os.path.join(hook_dir, name)], check=True)
    subprocess.run("sync-warehouse --full", shell=True, check=True)
    os.system("logrotate /etc/logrotate.d/sync")


def apply_rules(rules: list[str], row: dict):
    for rule in rules:
        if eval(rule, {"row": row}):  # expect: RMP-C026
            return True
    return eval("1 + 1") == 2


def main():
    log.info("starting sync with token %s", API_TOKEN[:4] + "...")
    log.info("token configured: %s", API_TOKEN is not None)
    log.debug("supplier token=%s", API_TOKEN)  # expect: RMP-C030
    print(f"fetching {SUPPLIER_URL}, token length {len(API_TOKEN)}")
    feed = fetch_feed()
    parse(feed)
    log.info("sync done; %d tokens refreshed", 3)


if __name__ == "__main__":
    sys.exit(main())
