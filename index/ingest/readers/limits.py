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

# OCR reads about one page in 2 s on one core (Tesseract 5, 300 dpi, measured on a full A4 page of
# text), and every file shares the import's 60-second limit (index/pipeline.py): a scan with more
# pages to read than this is refused up front with that reason, instead of running into the limit
# after a minute of work. Statements are a few pages; a 500-page scan is an archive box.
MAX_OCR_PAGES = 20

# The most pixels Tesseract is given for one page: an A4 page at 600 dpi is 35 M. A PDF page is
# rendered at OCR_DPI or, when its size would exceed this, at the resolution that fits; an image
# above it is reduced before recognition. Tesseract needs several bytes per pixel, so this also
# keeps it well inside a worker's memory cap.
MAX_OCR_PIXELS = 40_000_000
OCR_DPI = 300

# Images larger than this are refused before they are decoded: a decompression bomb is a small
# file declaring a huge canvas (a 25 MB PNG can declare gigapixels). Below Pillow's own warning
# threshold (89 M), so our reason, with the image's size, is the one the user reads.
MAX_IMAGE_PIXELS = 80_000_000

# A single page that Tesseract has not finished in this time is given up (the whole file remains
# bounded by the import's limit per file as well).
OCR_SECONDS_PER_PAGE = 45

# The time OCR may spend on one file: the import allows 60 s a file (index/pipeline.py), and the
# rest of the reading and extraction needs some of it. Once the pages read so far show that the
# whole scan would take longer (a slow or busy machine), the file is refused with that reason,
# rather than stopped by the import's limit with a vaguer one.
OCR_SECONDS_PER_FILE = 50

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
