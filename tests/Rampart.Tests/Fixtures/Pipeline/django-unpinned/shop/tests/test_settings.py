def test_debug_is_off(settings):
    assert settings.DEBUG is False
