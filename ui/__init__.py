"""Carebook's Qt front end. Imports carebook; carebook never imports this package."""
