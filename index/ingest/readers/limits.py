"""Upper bounds the readers enforce, so one hostile or broken file cannot exhaust the machine.

Each bound is far above any real advocacy statement; a file that crosses one is refused with a
reason the user can read instead of freezing the import or filling memory.
"""

from __future__ import annotations

MB = 1024 * 1024

# The largest file we read at all. Statements are kilobytes; a 300-page report PDF is a few MB.
# Anything above this is almost certainly not a statement, and the whole file is held in memory.
MAX_FILE_BYTES = 25 * MB

# The longest text we keep from one file. 20 M characters is ~3 M words (several thousand pages):
# beyond that the catalog, the search index and the reader view would all slow to a crawl.
MAX_TEXT_CHARS = 20_000_000

# PDFs with more pages than this are books or scans of archives, not statements; pypdf walks every
# page object, so an absurd page tree would otherwise take minutes.
MAX_PDF_PAGES = 2_000

# A DOCX is a zip: its parts may expand far beyond the file size (zip bomb). 200 MB of XML is
# already ~40 M words; more means a crafted file.
MAX_DOCX_UNCOMPRESSED_BYTES = 200 * MB

# Real XML compresses 5–20×; a member compressing more than this is filler built to explode.
# Only checked for members above MIN_RATIO_CHECK_BYTES, since tiny parts compress oddly.
MAX_DOCX_COMPRESSION_RATIO = 200
MIN_RATIO_CHECK_BYTES = 1 * MB

# How many bytes of each DOCX XML part we scan for <!DOCTYPE / <!ENTITY. Declarations must come
# before the root element, so they sit in the first few hundred bytes of a legitimate part.
DOCX_XML_PREFIX_BYTES = 64 * 1024

# E-mails attached to e-mails are imported this many levels deep (the file itself is level 0):
# forwarded chains in real mailboxes are a few levels deep. A message nested deeper, with all it
# holds, is named in the import report instead, so a message cannot nest itself forever.
MAX_EMAIL_DEPTH = 5

# Elements nested deeper than this cannot be read as a page's layout (libxml2's limit for HTML);
# such a page's text is read plainly, with a note saying so.
MAX_HTML_DEPTH = 255


class Unreadable(Exception):
    """Raised by a reader when a file cannot be read or breaks a limit above.

    The message is the one-line reason shown to the user; the registry turns it into ImportFailed
    with the file's path, so readers need not know where their bytes came from.
    """
