def get_current_user():
    return None
