"""The rows of an import file, read again from the file each time they are walked, never all held.

``read_table`` and ``vcard.prepare`` read a file once to check it and count its rows; the table then
holds a ``LazyRows``: iterating it reads the file again (in chunks, see ``import_file``), ``len`` is the
count from the first reading, ``rows[i]`` and ``rows[:50]`` read as far as they need. So a 200 MB file
costs the memory of one row at a time, however often it is walked.

    rows = LazyRows(lambda: read_rows(path), count)
    rows.without({12, 40})     # the same file without the rows at those lines (the wizard's "skip")
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from typing import Protocol, TypeVar, overload


class _Lined(Protocol):
    @property
    def line(self) -> int: ...


T = TypeVar("T", bound=_Lined)


class LazyRows(Sequence[T]):
    """A read-only sequence of ``count`` rows that ``source()`` yields anew on every walk."""

    def __init__(self, source: Callable[[], Iterable[T]], count: int, skip: frozenset[int] = frozenset()):
        self._source = source
        self._count = count
        self._skip = skip

    def __iter__(self) -> Iterator[T]:
        skip = self._skip
        for row in self._source():
            if row.line not in skip:
                yield row

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...

    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._count)
            return tuple(itertools.islice(iter(self), start, max(start, stop), step))
        position = index + self._count if index < 0 else index
        if not 0 <= position < self._count:
            raise IndexError("row index out of range")
        return next(itertools.islice(iter(self), position, None))

    def without(self, lines: Collection[int]) -> LazyRows[T]:
        """These rows without the ones that start at ``lines``."""
        skip = self._skip | frozenset(lines)
        return LazyRows(self._source, self._count_without(skip), skip)

    def _count_without(self, skip: frozenset[int]) -> int:
        return sum(1 for row in self._source() if row.line not in skip)
