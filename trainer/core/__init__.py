"""Qt-free core: banks, generation, scheduling, scoring, services."""
