"""The zoomable timeline: canvas, overview strip, and their painting."""
