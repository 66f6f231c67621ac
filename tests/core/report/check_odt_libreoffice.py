#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Casebook contributors
# SPDX-License-Identifier: Apache-2.0
"""Opens a case summary ODT in LibreOffice, as HR will, and checks what a reader gets.

The core tests write the summary; soffice (libreoffice-writer-nogui, which .ci/deps installs)
converts it to PDF and to Word's .docx. Checked: the columns of the chronology table are laid
out at different widths (a narrow date column, a wide detail column) in the ODT and on the page,
and the title and section headings are outline levels that LibreOffice and Word both know.
Fails, never skips, when soffice is missing.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
}


def q(name):
    prefix, local = name.split(":")
    return "{%s}%s" % (NS[prefix], local)


def text_of(element):
    return "".join(element.itertext()).strip()


core_tests = sys.argv[1]
soffice = shutil.which("soffice")
if soffice is None:
    sys.exit("soffice not found: install libreoffice-writer-nogui (.ci/deps does)")

with tempfile.TemporaryDirectory() as folder:
    odt = os.path.join(folder, "summary.odt")
    env = dict(os.environ, CASEBOOK_ODT_OUT=odt)
    subprocess.run([core_tests, "[.odt-sample]"], check=True, env=env, stdout=subprocess.DEVNULL)

    # --- The ODT itself: the chronology's column widths and the heading outline levels.
    with zipfile.ZipFile(odt) as package:
        content = ET.fromstring(package.read("content.xml"))
        styles = ET.fromstring(package.read("styles.xml"))
    widths = {}
    for style in content.iter(q("style:style")):
        props = style.find(q("style:table-column-properties"))
        if props is not None:
            widths[style.get(q("style:name"))] = float(props.get(q("style:column-width")).rstrip("cm"))
    chronology = None
    for table in content.iter(q("table:table")):
        header = table.find(q("table:table-header-rows"))
        if header is None:
            continue
        names = [text_of(cell) for cell in header.iter(q("table:table-cell"))]
        if "Detail" in names and names[0] == "Date":
            columns = [widths[c.get(q("table:style-name"))] for c in table.findall(q("table:table-column"))]
            chronology = (names, columns)
            break
    assert chronology, "no chronology table (Date ... Detail) in the ODT"
    names, columns = chronology
    date_cm, detail_cm = columns[0], columns[names.index("Detail")]
    print(f"chronology columns: {list(zip(names, columns))}")
    assert len(set(columns)) > 1, "every column has the same width"
    # Dates are in words ("14 December 2026"), so the date column is about 3 cm; the detail column
    # takes what the other columns leave.
    assert detail_cm > 1.5 * date_cm, f"detail column {detail_cm} cm is not wide next to date {date_cm} cm"

    levels = [(h.get(q("text:outline-level")), h.get(q("text:style-name")), text_of(h))
              for h in content.iter(q("text:h"))]
    assert levels and levels[0][0] == "1", f"the title is not outline level 1: {levels[:1]}"
    assert any(l[0] == "2" and l[2].startswith("Chronology") for l in levels), f"no level-2 Chronology heading: {levels}"
    heading_styles = {s.get(q("style:name")): s for s in styles.iter(q("style:style"))}
    for level in ("1", "2"):
        style = heading_styles.get(f"Heading_20_{level}")
        assert style is not None and style.get(q("style:default-outline-level")) == level, f"no Heading {level} style"

    profile = "file://" + os.path.join(folder, "profile")

    def convert(target):
        subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless", "--convert-to", target,
                        "--outdir", folder, odt], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=280)
        path = os.path.join(folder, "summary." + target)
        assert os.path.exists(path), f"LibreOffice wrote no {target}"
        return path

    # --- As LibreOffice lays it out: page 1 holds the purpose and the consent statement, and the
    # body writes every date in words (the footer's "Generated ..." line is a machine field).
    pdf = convert("pdf")
    page1 = " ".join(subprocess.run(["pdftotext", "-f", "1", "-l", "1", pdf, "-"], check=True, capture_output=True,
                                    text=True).stdout.split())
    for wanted in ("Attendance review", "The officer consented on 10 January 2026", "30 November 2026"):
        assert wanted in page1, f"page 1 as LibreOffice prints it lacks {wanted!r}: {page1[:600]}"
    body = "\n".join(line for line in subprocess.run(["pdftotext", pdf, "-"], check=True, capture_output=True,
                                                      text=True).stdout.splitlines()
                     if not line.startswith("Generated"))
    iso = re.search(r"\d{4}-\d{2}-\d{2}", body)
    assert iso is None, f"an ISO date in the body as LibreOffice prints it: {iso.group(0)}"
    print("page 1 (LibreOffice): purpose, consent statement and meeting date; no ISO date in the body")

    # --- The header words of the chronology table on the page.
    bbox = subprocess.run(["pdftotext", "-bbox", pdf, "-"], check=True, capture_output=True, text=True).stdout
    words = [(float(m.group(1)), float(m.group(2)), m.group(3))
             for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', bbox)]
    firsts = [n.split()[0] for n in names]
    positions = None
    for i, (x, y, word) in enumerate(words):
        if word != firsts[0]:
            continue
        row = [w for w in words[i:i + 8 * len(firsts)] if abs(w[1] - y) < 3.0]
        found = []
        for name in firsts:
            match = next((w for w in row if w[2] == name and (not found or w[0] > found[-1])), None)
            if match is None:
                break
            found.append(match[0])
        if len(found) == len(firsts):
            positions = found
            break
    assert positions, f"the chronology's header row {firsts} is not on a page of the PDF"
    page_widths = [b - a for a, b in zip(positions, positions[1:])]
    print(f"chronology header on the page (pt between columns): {list(zip(firsts, page_widths))}")
    detail_pt = page_widths[names.index("Detail")] if names.index("Detail") < len(page_widths) else None
    assert page_widths[0] * 1.5 < max(page_widths), "the date column is not narrow on the page"
    if detail_pt is not None:
        assert detail_pt > 1.5 * page_widths[0], "the detail column is not wide on the page"
    # 1 cm is 28.35 pt: the page follows the widths the ODT asks for.
    assert abs(page_widths[0] - date_cm * 28.35) < 6, f"date column {page_widths[0]} pt, asked {date_cm} cm"

    # --- As Word gets it: LibreOffice's .docx has the headings as Word's outline levels.
    docx = convert("docx")
    with zipfile.ZipFile(docx) as package:
        word_styles = ET.fromstring(package.read("word/styles.xml"))
        document = ET.fromstring(package.read("word/document.xml"))
    outline = {}
    for style in word_styles.iter(q("w:style")):
        level = style.find(f"{q('w:pPr')}/{q('w:outlineLvl')}")
        if level is not None:
            outline[style.get(q("w:styleId"))] = int(level.get(q("w:val")))
    used = []
    for paragraph in document.iter(q("w:p")):
        style = paragraph.find(f"{q('w:pPr')}/{q('w:pStyle')}")
        if style is not None and style.get(q("w:val")) in outline:
            used.append((outline[style.get(q("w:val"))], text_of(paragraph)))
    print(f"Word outline: {used}")
    assert used and used[0][0] == 0, "the title is not Word's outline level 1"
    assert any(level == 1 and text.startswith("Chronology") for level, text in used), "Chronology is not Word's outline level 2"
print("ok")
