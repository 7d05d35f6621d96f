"""Carebook: a customer-care manager for small shops (core, no Qt)."""

__version__ = "0.1.0"
APP_ID = "org.carebook.Carebook"
APP_NAME = "Carebook"
