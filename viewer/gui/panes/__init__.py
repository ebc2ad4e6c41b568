"""The window's panes: each is a view over a model; none holds data of its own."""
