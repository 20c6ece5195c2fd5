from ..db import session, Pet


def list_pets(limit=20):
    return [p.to_dict() for p in session.query(Pet).limit(limit)]


def get_pet(pet_id):
    return session.get(Pet, pet_id).to_dict()


def create_pet(body):
    pet = Pet(**body)
    session.add(pet)
    session.commit()
    return pet.to_dict(), 201
