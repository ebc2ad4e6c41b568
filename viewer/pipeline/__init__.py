"""Qt-free pipeline: read articles, anchor annotations, build databases."""
