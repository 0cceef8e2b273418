"""The Spark example job in local[2] mode on the sample texts, against the Python API."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import communique
from conftest import ROOT, sample_texts

sys.path.insert(0, str(ROOT / "python" / "examples"))


def java_works():
    java = shutil.which("java")
    if java is None:
        return False
    return subprocess.run([java, "-version"], capture_output=True).returncode == 0


if not java_works():
    pytest.skip(
        "skipped: Java is absent (apt-get install openjdk-17-jre-headless); the Spark job is not run",
        allow_module_level=True,
    )
pyspark = pytest.importorskip("pyspark", reason="skipped: pyspark is not installed")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

import spark_extract  # noqa: E402


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("communique-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    # The workers import the job's module as the driver does (spark-submit ships its script).
    session.sparkContext.addPyFile(spark_extract.__file__)
    yield session
    session.stop()


def documents():
    return [
        {"id": p.stem, "text": p.read_text(encoding="utf-8")} for p, _ in sample_texts()
    ] + [{"id": "emoji", "text": "🙂 Le président nigérien à Niamey le 3 juin 2024 — مرحبا"}]


def expected_rows(docs):
    out = []
    for d in docs:
        x = communique.extract(d["text"])
        for m in x.mentions():
            code = getattr(m, "code", None) if m.type in ("country", "demonym", "place") else None
            value = m.iso if m.type == "date" else None
            out.append((d["id"], m.type, m.text, m.start, m.end, code, value))
        for t in x.themes:
            out.append((d["id"], "theme", t.theme, None, None, None, None))
    return sorted(out, key=repr)


def actual_rows(folder):
    table = pq.read_table(str(folder)).to_pylist()
    out = []
    for r in table:
        code = r["code"] if r["type"] in ("country", "demonym", "place") else None
        value = r["value"] if r["type"] == "date" else None
        out.append((r["id"], r["type"], r["text"], r["start"], r["end"], code, value))
    return sorted(out, key=repr), table


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_the_job_writes_the_python_api_rows(spark, tmp_path, fmt):
    docs = documents()
    if fmt == "jsonl":
        source = tmp_path / "docs.jsonl"
        source.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    else:
        source = tmp_path / "docs.parquet"
        pq.write_table(pa.Table.from_pylist(docs), str(source))
    target = tmp_path / "mentions.parquet"
    spark_extract.run(spark, str(source), str(target))
    rows, table = actual_rows(target)
    assert rows == expected_rows(docs)
    texts = {d["id"]: d["text"] for d in docs}
    for r in table:
        if r["start"] is not None:
            assert texts[r["id"]][r["start"]:r["end"]] == r["text"]
    themes = [r for r in table if r["type"] == "theme"]
    assert themes and all(0 < r["score"] < 1 for r in themes)
    assert {r["canonical"] for r in table if r["type"] == "person"} >= {"Faisal bin Nasser Al-Qahtani"}
