from ..db import session, Pet


def purge_pets():
    session.query(Pet).delete()
    session.commit()
    return "", 204


def export_pets():
    return [p.to_dict() for p in session.query(Pet)]
