"""Use cases, free of Qt. Each function takes an ORM Session: one unit of work per action."""
