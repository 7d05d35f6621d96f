"""Regenerate tests/data/hostile/cases and a fresh manifest (the manifest's hand-made outcome notes,
'stored as' and 'csv_expect', must then be restored). For reference; the files are the source of truth."""
import json
from pathlib import Path

out = Path("tests/data/hostile")
S = "stored exactly"
cases = [
 ("markup-script", "customer.name", "<script>alert('x')</script>", S),
 ("markup-reportlab", "contact.summary", "<b>bold</b> <font size=80>big</font> &amp; <para>", S),
 ("markup-broken-tag", "customer.notes", "<unclosed <<>> &#xFFFF; &bogus;", S),
 ("formula-equals", "customer.name", "=HYPERLINK(\"http://evil.example\",\"click\")", S),
 ("formula-plus", "customer.company", "+1+cmd|' /C calc'!A0", S),
 ("formula-minus", "contact.summary", "-2+3", S),
 ("formula-at", "customer.notes", "@SUM(1,2)", S),
 ("formula-tab", "contact.notes", "\t=1+1", S),
 ("formula-quote-prefixed", "customer.name", "'=already quoted", S),
 ("nul-in-name", "customer.name", "Ann\x00Smith", "refused: name"),
 ("nul-in-notes", "contact.notes", "before\x00after", "refused: notes"),
 ("control-bell-escape", "contact.summary", "ring\x07\x1b[31mred", "refused: summary"),
 ("newlines-in-notes", "customer.notes", "line one\nline two\r\nline three", S),
 ("one-megabyte-note", "contact.notes", "A long note. " * 80660, "refused: notes"),
 ("long-name", "customer.name", "N" * 5000, "refused: name"),
 ("emoji-name", "customer.name", "Zoë 👩🏽‍🔧 Bikes 🚲", S),
 ("emoji-only-summary", "contact.summary", "😀😃😄😁😆", S),
 ("rtl-arabic", "customer.name", "محمد الأحمد", S),
 ("rtl-hebrew-mixed", "contact.summary", "שלום Shalom 123 עולם", S),
 ("rtl-override-char", "customer.notes", "abc\u202edcba\u202c end", S),
 ("combining-decomposed", "customer.name", "Ame\u0301lie Zoe\u0308", S),
 ("combining-zalgo", "contact.summary", "Z\u0351\u0352\u0353a\u0354\u0355l\u0356g\u0357o", S),
 ("cjk-chinese", "customer.name", "王小明", S),
 ("cjk-japanese", "customer.company", "株式会社カエルブック", S),
 ("cjk-korean", "contact.summary", "고객 상담 완료", S),
 ("sql-drop", "customer.name", "Robert'); DROP TABLE customer;--", S),
 ("sql-union", "contact.summary", "' OR 1=1 UNION SELECT * FROM setting --", S),
 ("sql-fts-syntax", "customer.company", "NEAR(a b) OR \"x\" * AND -y", S),
 ("path-dotdot-name", "customer.name", "../../../etc/passwd", S),
 ("path-windows-name", "customer.name", "C:\\Windows\\System32\\con", S),
 ("path-reserved-device", "customer.name", "CON", S),
 ("path-slashes-company", "customer.company", "/tmp/x/../../y", S),
 ("score-csat-zero", "score.csat", "0", "refused: score"),
 ("score-csat-six", "score.csat", "6", "refused: score"),
 ("score-nps-eleven", "score.nps", "11", "refused: score"),
 ("score-nps-negative", "score.nps", "-1", "refused: score"),
 ("score-ces-text", "score.ces", "very easy", "refused: score"),
 ("score-csat-ok", "score.csat", "5", S),
 ("score-nps-huge", "score.nps", "99999999999999999999999", "refused: score"),
 ("date-feb-30", "followup.due_on", "2026-02-30", "refused: due_on"),
 ("date-month-13", "followup.due_on", "2026-13-01", "refused: due_on"),
 ("date-far-past", "followup.due_on", "1800-01-01", S),
 ("date-far-future", "followup.due_on", "9999-12-31", S),
 ("date-garbage", "followup.due_on", "yesterday-ish", "refused: due_on"),
 ("email-hostile", "customer.email", "a@b.c<script>", "refused: email"),
 ("phone-letters", "customer.phone", "+44 20 CALL NOW", S),
 ("whitespace-only-name", "customer.name", "   ", "refused: name"),
 ("zero-width", "customer.name", "Ann\u200bSmith\ufeff", S),
 ("surrogate-like-text", "contact.summary", "\U0001F600\U0010FFFD", S),
]
manifest = []
for n, (slug, field, value, expect) in enumerate(cases, 1):
    name = f"{n:02d}-{slug}.txt"
    (out / "cases" / name).write_bytes(value.encode("utf-8"))
    manifest.append({"id": slug, "file": f"cases/{name}", "field": field, "expect": expect})
ABOUT = (
    "Hostile inputs: each file holds one value exactly as typed (UTF-8); field says where it goes; "
    "expect is 'stored exactly' or 'refused: <message substring>'."
)
text = json.dumps({"about": ABOUT, "cases": manifest}, ensure_ascii=False, indent=1) + "\n"
(out / "manifest.json").write_text(text, encoding="utf-8")
print(len(manifest))
