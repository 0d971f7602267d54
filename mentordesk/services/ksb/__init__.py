"""The KSB tracker: evidence mapped to KSBs with the mentor's judgements, coverage and
gaps against a standard, off-the-job hours against plan, and end-point assessment gateway
readiness (see the modules: evidence, listing, coverage, otj, gateway)."""
