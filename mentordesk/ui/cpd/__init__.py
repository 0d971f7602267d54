"""The CPD module: the log, its totals, the editor of an activity, the printed record."""
