"""What a document's record says beside its text: its date and where it came from, its title,
and the repairs made to its text (mojibake, letter-spaced capitals) before it is stored; and the
upgrade of records made by earlier rules."""
