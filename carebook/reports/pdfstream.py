"""Write a finished reportlab document object by object straight to its file.

reportlab's ``PDFDocument.format`` collects every formatted object in a list and joins it into one
bytes value before writing, so saving a long report briefly holds the PDF two more times. This
subclass runs the same steps (reportlab 5.1's ``format``) but writes each object as soon as it is
formatted and then drops that stream's content, so saving adds almost nothing to peak memory.
"""

from __future__ import annotations

from typing import IO, Any

from reportlab import rl_config
from reportlab.pdfbase import pdfdoc


class _FileWriter:
    """The part of ``pdfdoc.PDFFile`` that ``format`` uses, writing through instead of collecting."""

    def __init__(self, stream: IO[bytes], version: tuple[int, int]) -> None:
        self._stream = stream
        self.offset = 0
        self.add(
            pdfdoc.pdfdocEnc("%PDF-{}.{}".format(*version))
            + b"\n%\223\214\213\236 ReportLab Generated PDF document (opensource)\n"
        )

    def add(self, data: str | bytes) -> int:
        encoded = pdfdoc.pdfdocEnc(data)
        position = self.offset
        self._stream.write(encoded)
        self.offset = position + len(encoded)
        return position


class StreamingDocument(pdfdoc.PDFDocument):
    """A ``PDFDocument`` whose ``SaveToFile`` streams the objects to the file."""

    # Set by PDFDocument.__init__; types-reportlab leaves them out.
    Catalog: pdfdoc.PDFCatalog
    Pages: pdfdoc.PDFPages
    _pdfVersion: tuple[int, int]
    _target: IO[bytes] | None = None

    def SaveToFile(self, filename: Any, canvas: Any) -> None:
        if getattr(self, "_savedToFile", False):
            raise RuntimeError("a document can only be saved once")
        self._savedToFile = True
        if not callable(getattr(filename, "write", None)):  # files are written through carebook.safe_write
            raise TypeError("a report is written to a binary stream, not to a file name")
        self._target = filename
        self.GetPDFData(canvas)

    def format(self) -> bytes:
        if self._target is None:  # getpdfdata(): reportlab's own way, all in memory
            result: bytes = super().format()
            return result
        self.encrypt.prepare(self)
        catalog, info = self.Catalog, self.info
        self.Reference(catalog)
        self.Reference(info)
        encrypt_info = self.encrypt.info()  # type: ignore[func-returns-value]  # typed for NoEncryption only
        encrypt_ref = self.Reference(encrypt_info) if encrypt_info else None
        writer = _FileWriter(self._target, self._pdfVersion)
        # As PDFDocument.format: objects may ask where they are.
        self.__accum__ = writer  # type: ignore[assignment]  # the part of PDFFile that format() uses
        ids = []
        counter = 0
        while True:
            counter += 1
            if counter not in self.numberToId:
                break
            oid = self.numberToId[counter]
            obj = self.idToObject[oid]
            formatted = pdfdoc.PDFIndirectObject(oid, obj).format(self)
            if not rl_config.invariant and rl_config.pdfComments:
                writer.add(f"% {oid!a}: class {type(obj).__name__[:50]} \n")
            self.idToOffset[oid] = writer.add(formatted)
            ids.append(oid)
            if isinstance(obj, pdfdoc.PDFStream):
                obj.content = b""  # written: let the page's compressed text go
        del self.__accum__
        if counter - 1 != len(self.numberToId):
            raise ValueError("PDF object numbering went wrong while saving")
        xref = pdfdoc.PDFCrossReferenceTable()
        xref.addsection(0, ids)
        start = writer.add(xref.format(self))
        trailer = pdfdoc.PDFTrailer(
            startxref=start,
            Size=len(self.numberToId) + 1,
            Root=self.Reference(catalog),
            Info=self.Reference(info),
            Encrypt=encrypt_ref,
            ID=self.ID(),
        )
        writer.add(trailer.format(self))
        return b""
