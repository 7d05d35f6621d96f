"""Replaces PyInstaller's babel hook (hooks here take precedence): only the CLDR data of the languages the
app speaks (``ui.territories`` reads country names from it), not all 35 MB of locale data. Another
language falls back to English country names (``ui.territories.territory_names``)."""

from PyInstaller.utils.hooks import collect_data_files

LANGUAGES = ("root", "en", "de", "fr", "es", "pt", "nb", "no", "pl", "ar")

datas = collect_data_files(
    "babel",
    includes=["global.dat", *(f"locale-data/{lang}.dat" for lang in LANGUAGES),
              *(f"locale-data/{lang}_*.dat" for lang in LANGUAGES)],
)
