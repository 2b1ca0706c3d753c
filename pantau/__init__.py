"""Pantau: media monitoring for Indonesian news."""

__version__ = "0.1.0"
