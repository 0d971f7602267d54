"""Alembic environment: MentorDesk always runs migrations on a connection it opened itself
(an already keyed SQLCipher connection), never from a URL."""

from alembic import context

from mentordesk.vault.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "MentorDesk migrations run only through mentordesk.vault.migrate, "
        "on an unlocked vault connection."
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
