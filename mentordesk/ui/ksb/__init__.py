"""The KSB tracker: evidence, coverage and gaps, progress, and the EPA gateway."""
