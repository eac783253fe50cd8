"""The deck: its model, the loader (YAML, schema, cache) and what a card table does with
it (draw, search, guide). Free of Textual."""
