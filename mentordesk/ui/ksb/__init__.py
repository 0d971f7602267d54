"""The KSB tracker: coverage of a standard, its evidence, progress and the EPA gateway."""
