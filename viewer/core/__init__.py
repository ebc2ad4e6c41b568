"""Qt-free core: records, the date model, the repository (all SQL) and the search parser."""
