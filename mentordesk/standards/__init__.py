"""Apprenticeship standards as data: the shipped ones, and import of any in the API shape."""
