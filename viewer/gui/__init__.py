"""All Qt lives here: models adapt the repository, widgets hold no data."""
