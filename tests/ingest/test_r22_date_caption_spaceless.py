"""A date among a caption's words is no publication date, also in a script written without
spaces: a photo caption in Japanese ('<what the photo shows>=<place>で<date>、<who>撮影') holds
many words but few spaces, so its words are counted by its characters, and a page that prints
no date of its own gets none from the caption (issue 21, round 22). The page is invented."""

from __future__ import annotations

from generator.ingest.date_candidates import candidates
from tests.ingest.support import context

CAPTION = "港の桟橋で再開したフェリーに乗り込む人たち=港町で2016年4月16日午後5時36分、山田花子撮影"
LINES = ["港のフェリー運航再開", "", CAPTION, "", "港町と島を結ぶフェリーが十六日、運航を再開した。"]
JAPANESE = context(zone="Asia/Tokyo", language="ja")


def test_a_date_in_a_spaceless_caption_is_no_candidate() -> None:
    assert candidates(LINES, JAPANESE) == []


def test_a_date_line_in_japanese_is_still_one() -> None:
    lines = ["港のフェリー運航再開", "", "2016年4月16日 17時36分", "", LINES[-1]]
    assert [c.line for c in candidates(lines, JAPANESE)] == [2]


def test_a_headline_with_its_date_at_the_end_keeps_it() -> None:
    line = "港町と島を結ぶフェリーが運航再開、利用者は三千人に[2016/04/16 17:36]"
    assert [c.line for c in candidates([line, "", LINES[-1]], JAPANESE)] == [0]
