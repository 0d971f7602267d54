"""Signed records: the mentor's signing identity, issuing signed PDFs, and importing the
copies that come back countersigned."""
