#!/usr/bin/env python3
"""Measures the worst uploads `clausier serve` accepts on its analysis page (docs/security.md).

For each scenario, starts a fresh `clausier serve`, posts one upload of returned annexes to
/Analyse?handler=Read as a browser does (anti-forgery token and cookie), and prints the HTTP status,
the wall time of the request, the size of the page and the server's peak resident memory (VmHWM,
read from /proc after the response). The annexes are built from the example annex written by
`clausier generate`: real ones filled as a candidate would, and hostile ones at the reader's limits.

    scripts/measure-serve-upload.py --clausier "dotnet src/Clausier.Cli/bin/Release/net10.0/clausier.dll"

Python 3 standard library only. Writes its files under --work (a temporary folder by default).
"""

import argparse
import http.cookiejar
import os
import random
import re
import shlex
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
import zipfile
import zlib

MIB = 1024 * 1024

# The web page's limits (src/Clausier.Web/WebServerOptions.cs) and the reader's (src/Clausier.Forms/ReaderLimits.cs).
MAX_FILES = 50
MAX_FILE_BYTES = 20 * MIB
MAX_REQUEST_BYTES = 100 * MIB
MAX_PART_BYTES = 100 * MIB
MAX_ANSWER_CHARS = 100_000

WORDS = ("le titulaire met en oeuvre une politique de securite des systemes information conforme aux "
         "exigences etablissement sauvegarde chiffrement journalisation acces authentification "
         "maintenance supervision incident correctif donnees sante hebergement certifie").split()


def sdt_fill(xml, value_for):
    """Fills every run-level answer control (tag clausier:<point>:<field>) with value_for(point, field)."""
    def fill(match):
        sdt = match.group(0)
        tag = re.search(r'<w:tag w:val="clausier:([^":]+):([a-z]+)"', sdt)
        if not tag:
            return sdt
        value = value_for(tag.group(1), tag.group(2))
        if value is None:
            return sdt
        sdt = sdt.replace("<w:showingPlcHdr/>", "")
        return re.sub(r"<w:sdtContent>.*</w:sdtContent>",
                      lambda _: '<w:sdtContent><w:r><w:t xml:space="preserve">' + value + "</w:t></w:r></w:sdtContent>",
                      sdt, flags=re.S)
    return re.sub(r"<w:sdt>(?:(?!<w:sdt>).)*?</w:sdt>", fill, xml, flags=re.S)


def rewrite(docx, document_xml, level=6):
    """The annex with its main document replaced; every other entry copied."""
    out_path = docx + ".tmp"
    with zipfile.ZipFile(docx) as src, zipfile.ZipFile(out_path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as dst:
        for item in src.infolist():
            data = document_xml if item.filename == "word/document.xml" else src.read(item.filename)
            # A fixed time, so that the same annex gives the same file on every run.
            dst.writestr(zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0)), data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=level)
    with open(out_path, "rb") as f:
        data = f.read()
    os.remove(out_path)
    return data


def text_of_size(chars, compressed, seed):
    """`chars` characters of text that deflate to about `compressed` bytes: random letters, then
    repeats of a short random run (which deflate finds again within its 32 KB window)."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz     "

    def noise(n):
        return "".join(rng.choices(letters, k=n))
    block = noise(min(30 * 1024, max(256, chars // 50)))
    sample = noise(1024 * 1024)
    random_ratio = len(sample) / len(zlib.compress(sample.encode(), 6))
    repeated = block * 100
    repeat_ratio = len(repeated) / len(zlib.compress(repeated.encode(), 6))
    unique = int((compressed - chars / repeat_ratio) / (1 / random_ratio - 1 / repeat_ratio))
    unique = max(0, min(chars, unique))
    head = noise(unique)
    return head + (block * ((chars - unique) // len(block) + 1))[: chars - unique]


def annexes(clausier, work):
    blank = os.path.join(work, "blank.docx")
    subprocess.run(shlex.split(clausier) + ["generate", "-o", blank], check=True, stdout=subprocess.DEVNULL)
    with zipfile.ZipFile(blank) as z:
        document = z.read("word/document.xml").decode("utf-8")

    def status_and(text_for):
        return lambda point, field: "Oui" if field == "status" else (None if field == "date" else text_for(point, field))

    files = {}
    files["real"] = rewrite(blank, sdt_fill(document, status_and(
        lambda p, f: f"Réponse du candidat au point {p} : procédure décrite, justificatifs joints." if f == "answer" else f"Annexe {p}.pdf")).encode())

    def first_answers(count, text):
        """The first `count` answers hold `text`; every other field "ok"."""
        filled = []

        def value(point, field):
            if field == "answer" and len(filled) < count:
                filled.append(point)
                return text
            return "ok"
        return rewrite(blank, sdt_fill(document, status_and(value)).encode())

    # One answer filling the main part to the part limit, with random letters so that the file is 20 MB
    # (or 1.1 MB, fifty of them in one request).
    def huge_answer(target_bytes, seed):
        filler = text_of_size(MAX_PART_BYTES - len(document) - 64 * 1024, target_bytes - 256 * 1024, seed)
        data = first_answers(1, filler)
        assert len(data) <= target_bytes, (len(data), target_bytes)
        return data

    files["huge-answer-20mb"] = huge_answer(MAX_FILE_BYTES, 1)
    files["huge-answer-2mb"] = huge_answer(MAX_REQUEST_BYTES // MAX_FILES - 64 * 1024, 2)

    # Twenty-five answers at the per-answer limit: more than the reader keeps of one file (2,000,000
    # characters), far less than a part may hold.
    long_text = text_of_size(MAX_ANSWER_CHARS, MAX_ANSWER_CHARS // 40, 3)
    files["long-answers"] = first_answers(25, long_text)

    # Just under the text one part may hold (25,000,000 characters), in many nodes of the per-answer
    # limit: every node is kept, so the tree and the answer built from it are as large as they get.
    files["many-nodes"] = first_answers(2, '</w:t></w:r><w:r><w:t xml:space="preserve">'.join([long_text] * 120))

    # A raw control character (which XML forbids) ahead of a huge answer: the reader escapes the part first.
    control = sdt_fill(document, status_and(lambda p, f: "ok")).replace("<w:t xml:space=\"preserve\">ok", "<w:t xml:space=\"preserve\">\x01ok", 1)
    filler = text_of_size(MAX_PART_BYTES - len(document) - 64 * 1024, MAX_REQUEST_BYTES // MAX_FILES - 320 * 1024, 4)
    control = control.replace("<w:t xml:space=\"preserve\">ok", "<w:t xml:space=\"preserve\">" + filler, 1)
    files["control-char-2mb"] = rewrite(blank, control.encode())

    # A zip bomb: the main document inflates 1,000 times (refused above 200:1).
    files["zip-bomb"] = rewrite(blank, document.replace("<w:body>", "<w:body>" + " " * (90 * MIB), 1).encode(), level=9)
    for name, data in files.items():
        with open(os.path.join(work, name + ".docx"), "wb") as f:
            f.write(data)
    return files


SCENARIOS = {
    # What the brief names: 50 files of 20 MB, a gigabyte; the request limit refuses it.
    "50x20MB": lambda f: [("huge-answer-20mb", 50)],
    "4x20MB+real": lambda f: [("huge-answer-20mb", 4), ("real", 46)],
    "50x2MB-huge-answer": lambda f: [("huge-answer-2mb", 50)],
    "50-long-answers": lambda f: [("long-answers", 50)],
    "50-many-nodes": lambda f: [("many-nodes", 50)],
    "50-control-char": lambda f: [("control-char-2mb", 50)],
    "mixed": lambda f: [("huge-answer-2mb", 10), ("control-char-2mb", 10), ("long-answers", 5), ("many-nodes", 5), ("zip-bomb", 5), ("real", 15)],
    "50-real": lambda f: [("real", 50)],
}


def unique(docx, comment):
    """The same package with a zip comment: other bytes, same content."""
    assert docx[-2:] == b"\0\0", "the package already has a comment"
    text = comment.encode()
    return docx[:-2] + struct.pack("<H", len(text)) + text


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def vm_hwm(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


def post(port, uploads):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = opener.open(f"http://127.0.0.1:{port}/Analyse", timeout=60).read().decode()
    token = re.search(r'name="__jeton" type="hidden" value="([^"]+)"', page) or re.search(r'name="__jeton" value="([^"]+)"', page)
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="__jeton"\r\n\r\n{token.group(1)}\r\n'.encode()]
    for i, (name, data) in enumerate(uploads):
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}-{i + 1}.docx"\r\n'
                     f'Content-Type: application/octet-stream\r\n\r\n'.encode())
        parts.append(data)
        parts.append(b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    body = b"".join(parts)
    request = urllib.request.Request(f"http://127.0.0.1:{port}/Analyse?handler=Read", data=body,
                                     headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    start = time.monotonic()
    try:
        response = opener.open(request, timeout=3600)
        status, page = response.status, response.read()
    except urllib.error.HTTPError as error:
        status, page = error.code, error.read()
    except (urllib.error.URLError, ConnectionError) as error:
        status, page = f"connection closed ({error})", b""
    return status, time.monotonic() - start, len(body), page


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clausier", required=True, help="command that runs clausier, e.g. \"dotnet path/clausier.dll\"")
    parser.add_argument("--work", help="folder for the annexes (default: a temporary folder)")
    parser.add_argument("--scenario", action="append", choices=sorted(SCENARIOS), help="scenarios to run (default: all)")
    args = parser.parse_args()
    work = args.work or tempfile.mkdtemp(prefix="clausier-upload-")
    os.makedirs(work, exist_ok=True)
    files = annexes(args.clausier, work)
    for name, data in files.items():
        with zipfile.ZipFile(os.path.join(work, name + ".docx")) as z:
            info = z.getinfo("word/document.xml")
        print(f"{name}: {len(data) / MIB:.1f} MiB, word/document.xml {info.file_size / MIB:.1f} MiB inflated "
              f"(ratio {info.file_size / max(1, info.compress_size):.0f}:1)")
    print(f"load average before: {os.getloadavg()}")

    for scenario in args.scenario or list(SCENARIOS):
        # Each copy made unique (a zip comment), so that none is read as a copy of another.
        uploads = [(name, unique(files[name], f"{name}-{i}")) for name, count in SCENARIOS[scenario](files) for i in range(count)]
        port = free_port()
        server = subprocess.Popen(shlex.split(args.clausier) + ["serve", "--port", str(port)],
                                  stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            for _ in range(600):
                try:
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5).read()
                    break
                except (urllib.error.URLError, ConnectionError):
                    time.sleep(0.2)
            idle = vm_hwm(server.pid)
            status, seconds, sent, page = post(port, uploads)
            peak = vm_hwm(server.pid)
            with open(os.path.join(work, scenario + ".html"), "wb") as f:
                f.write(page)
            print(f"{scenario}: {len(uploads)} files, {sent / MIB:.1f} MiB sent, status {status}, {seconds:.1f} s, "
                  f"page {len(page) / MIB:.1f} MiB, peak RSS {peak / MIB:.0f} MiB (idle {idle / MIB:.0f} MiB), "
                  f"load average {os.getloadavg()[0]:.1f}", flush=True)
        finally:
            server.terminate()
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
