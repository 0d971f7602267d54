"""The Reflections module: reflections, supervision, values and reading."""
