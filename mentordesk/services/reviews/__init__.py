"""Progress reviews: when they are due, the review itself, and its printed record.

``due`` reads with plain SQL and needs no ORM (the dashboard uses it at start-up); import
``store``, ``document`` and ``export`` for the rest.
"""
