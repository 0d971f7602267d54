"""The PySide6 user interface. Talks to services only; never to the ORM directly."""
