"""Replaces pyinstaller-hooks-contrib's phonenumbers hook (hooks here take precedence).

The per-region metadata modules (phonenumbers.data.*, phonenumbers.shortdata.*) are imported by name at
run time, so they are listed here. The geocoding, carrier and number-to-time-zone data (~45 MB of source)
are left out: Carebook never uses them (carebook.spec excludes them too).
"""

from PyInstaller.utils.hooks import collect_submodules

UNUSED = (
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    "phonenumbers.timezone",
    "phonenumbers.tzdata",
)

hiddenimports = collect_submodules("phonenumbers", filter=lambda name: not name.startswith(UNUSED))
