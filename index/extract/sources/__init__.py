"""The parts of the authority build (`python -m index.extract.build_authority`), run by a developer
when the sources change, never at run time: CAMEO/Phoenix dictionaries (`cameo`), the ISO 3166 list
of countries (`countries`), case statistics of ordinary words over a corpus (`wordcase`), and the
entries they produce, merged with the hand additions (`entries`)."""
