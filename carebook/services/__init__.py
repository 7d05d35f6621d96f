"""Domain services: plain arguments in, frozen dataclasses out; each write is one atomic transaction."""
