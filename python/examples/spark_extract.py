"""Extract a corpus of ``{id, text}`` with Spark: one Parquet row per mention and per theme.

    spark-submit python/examples/spark_extract.py INPUT OUTPUT [--format jsonl|parquet]

INPUT is JSON Lines or Parquet with columns ``id`` and ``text`` (the format follows the file's
extension unless ``--format`` says it); OUTPUT is a Parquet folder with the columns of
``SCHEMA``: one row per mention (``type`` person, title, country, demonym, date, organization,
place) and one per theme of a document (``type`` theme, its id in ``text``, ``score``).
Offsets are Python ``str`` indices (code points) into the text.

Each Python worker builds one ``Extractor`` on its first batch and keeps it; batches go
through ``mapInArrow`` and are extracted with ``extract_many``.
"""

import argparse
import time
from typing import Dict, Iterator, List, Optional

import pyarrow as pa

SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("type", pa.string()),
        ("text", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("value", pa.string()),
        ("code", pa.string()),
        ("canonical", pa.string()),
        ("score", pa.float64()),
    ]
)
SPARK_SCHEMA = (
    "id string, type string, text string, start long, end long, value string, code string, "
    "canonical string, score double"
)

_EXTRACTOR = None


def extractor():
    """The worker's extractor, built on first use and kept for every later batch."""
    global _EXTRACTOR
    if _EXTRACTOR is None:
        import communique

        _EXTRACTOR = communique.Extractor()
    return _EXTRACTOR


class Columns:
    """The output rows of a batch, column by column (cheaper than a dict per row)."""

    def __init__(self) -> None:
        self.columns: Dict[str, List[object]] = {name: [] for name in SCHEMA.names}

    def add(self, doc_id, kind, text, start, end, value, code, canonical, score) -> None:
        for name, v in zip(SCHEMA.names, (doc_id, kind, text, start, end, value, code, canonical, score)):
            self.columns[name].append(v)

    def add_extraction(self, doc_id: Optional[str], x) -> None:
        """Every row of one document: its mentions in document order, then its themes.

        `value` is a person's office, a title's kind, a date's ISO value, an organisation's
        other name (full name or acronym), a place's kind; `code` a state's ISO code (of a
        state, a demonym, a place, the state an office serves); `canonical` a person's
        fullest name, a state's French name, an organisation's full name."""
        for m in x.mentions():
            value = code = canonical = None
            kind = m.type
            if kind == "person":
                canonical = m.canonical
                value = m.role.office if m.role else None
            elif kind == "title":
                value = m.kind
                code = m.of.country if m.of else None
            elif kind in ("country", "demonym"):
                code, canonical = m.code, m.name
            elif kind == "date":
                value = m.iso
            elif kind == "organization":
                value = m.long_form or m.acronym
                canonical = m.long_form or m.text
            elif kind == "place":
                value, code = m.kind, m.code
            self.add(doc_id, kind, m.text, m.start, m.end, value, code, canonical, None)
        for t in x.themes:
            self.add(doc_id, "theme", t.theme, None, None, None, None, None, t.score)

    def batch(self) -> pa.RecordBatch:
        return pa.RecordBatch.from_pydict(self.columns, schema=SCHEMA)


def extract_batches(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """The `mapInArrow` function: batches of `{id, text}` in, batches of rows out."""
    ex = extractor()
    for batch in batches:
        ids = batch.column("id").to_pylist()
        texts = [t or "" for t in batch.column("text").to_pylist()]
        out = Columns()
        for doc_id, x in zip(ids, ex.extract_many(texts, threads=1)):
            out.add_extraction(doc_id, x)
        yield out.batch()


def run(spark, source: str, target: str, fmt: Optional[str] = None) -> None:
    """Reads `source`, extracts, writes `target` (Parquet, replaced if there)."""
    fmt = fmt or ("parquet" if source.rstrip("/").endswith(".parquet") else "jsonl")
    if fmt == "parquet":
        docs = spark.read.parquet(source)
    else:  # a schema spares Spark a pass to infer one; a numeric id is read as its text
        docs = spark.read.schema("id string, text string").json(source)
    docs = docs.selectExpr("CAST(id AS STRING) AS id", "CAST(text AS STRING) AS text")
    docs.mapInArrow(extract_batches, SPARK_SCHEMA).write.mode("overwrite").parquet(target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--format", choices=["jsonl", "parquet"])
    args = parser.parse_args()
    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("communique").getOrCreate()
    start = time.perf_counter()
    run(spark, args.input, args.output, args.format)
    seconds = time.perf_counter() - start
    written = spark.read.parquet(args.output)
    docs = written.select("id").distinct().count()
    print(f"{written.count()} rows for {docs} documents in {seconds:.1f} s -> {args.output}")
    spark.stop()


if __name__ == "__main__":
    main()
