"""Key quotes: direct quotations with their speakers, merged across outlets.

How it works:

1. Quotation spans are found paragraph by paragraph: straight (``"``) and curly (``“ ”``)
   double quotes, guillemets (``« »``) and curly single quotes (``‘ ’``, only where they cannot
   be apostrophes). A quotation left open at the end of a paragraph runs to its end.
2. Each quotation is attributed from the words around it, in this order: right after it
   (``"...," Blinken said`` / ``said Blinken`` / ``he told reporters``), before it in the same
   sentence (``Lavrov said he hopes "..."``, ``Blinken told reporters: "..."``), at the end of the
   sentence (``"...", the ministry said.``) or ``according to X``. A quotation with no attribution
   of its own continues the one before it in the paragraph (a quotation split around ``he said``),
   or, when its paragraph opens with it, the quotation of the paragraph before.
3. Speakers are named consistently: titles are stripped ("US Secretary of State Antony Blinken"
   -> "Antony Blinken"), pronouns resolve to the last named speaker in the paragraph or the one
   before, a title alone ("said the US Secretary of State") resolves to the person the articles
   give that title, and every spelling of one person ("Blinken", "Anthony Blinken", "Tony Blinken")
   takes the fullest form the articles use most.
4. Quotations of one to three words are scare quotes and titles in quotation marks are names; both
   are skipped. The same words quoted by several outlets are merged (by overlap of the quoted
   words), and the quotes are ranked by how many outlets carry them, the speaker's prominence
   and length.

Citations cite the sentences that hold the quotation and its attribution.

Modules: :mod:`.marks` (quotation marks and spans), :mod:`.attribution` (who the words around a
quotation name), :mod:`.names` (the name index), :mod:`.finder` (:class:`QuoteFinder`).
"""

from __future__ import annotations

from .finder import QuoteFinder, RawQuote, find_quotes
from .marks import quote_spans

__all__ = ["QuoteFinder", "RawQuote", "find_quotes", "quote_spans"]
