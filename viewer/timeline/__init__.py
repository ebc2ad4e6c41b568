"""Qt-free timeline geometry: the time scale, axis ticks, lanes, clusters and density bins."""
