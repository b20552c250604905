"""Postings in every format real repos use become one model, with true positions."""

from __future__ import annotations

import codecs
import json

from jdlint.readers import parse
from jdlint.readers.decode import decode


def line_of_field(posting, key):
    return posting.line_of(posting.spans[key].key_start)


def test_markdown_front_matter_values_and_positions():
    text = ("---\ntitle: Senior Data Engineer\nlocation: Denver, CO\nsalary:\n  min: 120000\n"
            "  max: 140000\ntags: [python, data]\n---\n# About\n\nWe build pipelines.\n")
    p = parse("jobs/data.md", text)
    assert p.format == "markdown"
    assert p.meta["title"] == "Senior Data Engineer"
    assert p.meta["salary"] == {"min": 120000, "max": 140000}
    assert line_of_field(p, "location") == 3
    assert p.line_col(p.spans["salary.max"].value_start) == (6, 8)
    assert p.field("locations").value == "Denver, CO"
    assert p.field("pay").key == "salary"
    # the body keeps file offsets: front matter is blanked, prose is in place
    assert len(p.body) == len(text)
    at = p.body.index("We build")
    assert text[at:at + 8] == "We build" and p.line_of(at) == 11
    assert "Senior Data Engineer" not in p.body


def test_front_matter_markdown_saved_as_html_is_markdown():
    text = "---\ntitle: Python Developer\ncompany: Acme\n---\n\n# Overview\n\nWe use Django.\n"
    p = parse("jobs/acme_python.html", text)
    assert p.format == "markdown" and p.meta["company"] == "Acme"
    assert [s.title for s in p.sections] == ["Overview"]


def test_file_without_extension_is_sniffed():
    p = parse("jobs/ClusterHQ_QA", "---\ntitle: QA Lead\n---\nTest things.\n")
    assert p.format == "markdown" and p.meta["title"] == "QA Lead"
    p = parse("jobs/page", "<!DOCTYPE html>\n<html><body><p>Hello &amp; welcome</p></body></html>\n")
    assert p.format == "html"


def test_html_visible_text_keeps_offsets_and_reads_json_ld():
    ld = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Visual Designer",
          "jobLocation": {"@type": "Place", "address": {"addressLocality": "Denver", "addressRegion": "CO"}},
          "baseSalary": {"@type": "MonetaryAmount", "currency": "USD",
                         "value": {"@type": "QuantitativeValue", "minValue": 90000, "maxValue": 110000,
                                   "unitText": "YEAR"}}}
    text = ("<!DOCTYPE html>\n<html><head><title>Jobs</title>\n<script type=\"application/ld+json\">"
            + json.dumps(ld) + "</script></head>\n<body>\n<h1>Visual Designer</h1>\n"
            "<p>Salary: $90,000 &ndash; $110,000</p>\n<script>var x = '{{nope}}';</script>\n</body></html>\n")
    p = parse("designer.html", text)
    assert p.format == "html"
    assert p.meta["baseSalary"]["value"]["maxValue"] == 110000
    assert p.field("pay").key == "baseSalary" and p.field("locations").key == "jobLocation"
    at = p.body.index("Salary:")
    assert text[at:at + 7] == "Salary:" and p.line_of(at) == 6
    assert "–" in p.body  # entity decoded in place, padded to keep offsets
    assert "{{nope}}" not in p.body and "Jobs" not in p.body and "<p>" not in p.body
    assert len(p.body) == len(text)


def test_html_page_behind_jekyll_front_matter():
    text = "---\nlayout: raw\ntitle: 18F - Designer\n---\n<!DOCTYPE html>\n<html><body><p>Join us</p></body></html>\n"
    p = parse("designer.index.html", text)
    assert p.format == "html" and p.meta["title"] == "18F - Designer"
    assert "Join us" in p.body and "layout" not in p.body


def test_whole_file_yaml_posting_body_is_its_prose_keys():
    text = ("title: Support Engineer\nlocation: Toronto, ON\ndescription: |\n  Help our customers.\n"
            "  Salary: CAD 70,000 to 80,000.\nurl: https://example.org/jobs/1\n")
    p = parse("ats/support.yaml", text)
    assert p.format == "yaml" and p.meta["location"] == "Toronto, ON"
    assert "Help our customers." in p.body and "Support Engineer" not in p.body
    assert p.line_of(p.body.index("Salary")) == 5


def test_toml_front_matter():
    text = '+++\ntitle = "Go Developer"\nlocation = "Berlin"\n+++\nWe write Go.\n'
    p = parse("content/jobs/go.md", text)
    assert p.meta == {"title": "Go Developer", "location": "Berlin"}
    assert line_of_field(p, "location") == 3


def test_html_comments_are_not_prose_in_markdown():
    p = parse("a.md", "Intro.\n<!-- TODO: add salary {{salary}} -->\nMore.\n")
    assert "{{salary}}" not in p.body and "More." in p.body


def test_setext_headings_and_fenced_code():
    text = "About us\n========\n\nText\n\n```\n# not a heading\n```\n\nBenefits\n--------\nHealth\n"
    p = parse("a.md", text)
    assert [(s.title, s.level) for s in p.sections] == [("About us", 1), ("Benefits", 2)]


def test_decode_handles_boms_and_bad_bytes():
    assert decode(codecs.BOM_UTF8 + "Café\r\n".encode()).text == "Café\n"
    utf16 = codecs.BOM_UTF16_LE + "Salaire : 45 000 €\r\nParis\r\n".encode("utf-16-le")
    d = decode(utf16)
    assert d.text == "Salaire : 45 000 €\nParis\n" and d.encoding == "utf-16-le"
    bad = decode("line one\nSalary: 45 000 ".encode() + b"\x80" + b" per year\n")
    assert bad.damage[0] == 2 and "0x80" in bad.damage[1]
    assert "\ufffd" in bad.text


def test_broken_front_matter_keeps_its_simple_fields():
    text = ("---\ntitle: Branch Chief\nlocation: Washington, DC\ngs: 15\nsummary: Lead the branch: plan, hire\n"
            "  and: broken\n---\nBody.\n")
    p = parse("chief.md", text)
    assert [i.kind for i in p.issues] == ["yaml-syntax"]
    assert p.meta["title"] == "Branch Chief" and p.meta["gs"] == 15
    assert p.field("locations").value == "Washington, DC"
    assert p.line_of(p.spans["location"].value_start) == 3


def test_posting_wrapped_in_one_mapping():
    text = ("---\nposition:\n  source_url: https://jobs.example.org/1\n  title: Data Scientist\n"
            "  company: Doximity\n  location: Remote\n---\nBody.\n")
    p = parse("ds.html.md", text)
    assert p.field("title").value == "Data Scientist" and p.field("title").key == "position.title"
    assert p.line_of(p.field("locations").start) == 6
    assert p.title == "Data Scientist"


def test_a_mapping_is_never_a_title():
    p = parse("a.md", "---\nname:\n  first: Ada\ntitle: Engineer\n---\nBody.\n")
    assert p.field("title").value == "Engineer"
