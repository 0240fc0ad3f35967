"""Text encodings: UTF-8 first; when it fails, the encoding is detected (charset-normalizer), so a
Shift-JIS or Big5 release reads as itself, not as Windows-1252 mojibake; Western text stays
Windows-1252 as before."""

from __future__ import annotations

import pytest

from reportgen.readers import read_release
from reportgen.readers.files import decode_text

JAPANESE = """株式会社サンプル、新製品「ミライ」を発表

東京、2024年3月1日 -- 株式会社サンプル（東証：1234）は本日、次世代の省エネルギー型冷蔵庫「ミライ」を発表しました。
新製品は従来モデルと比べて消費電力を30％削減し、2024年4月から全国の販売店で発売されます。
「お客様の暮らしをより快適にするために開発しました」と代表取締役社長の山田太郎は述べています。

株式会社サンプルについて
株式会社サンプルは1950年に設立された家電メーカーです。本社は東京都港区にあります。

お問い合わせ先：広報部 田中花子 電話 03-1234-5678
"""

CHINESE = """樣本科技公司宣布推出新一代智慧型手機

台北，2024年3月1日 -- 樣本科技公司今天宣布推出新一代智慧型手機「未來」，電池續航力比上一代提升百分之三十。
新產品將於四月在台灣各地的門市開始銷售，建議售價為新台幣兩萬元。
「我們致力於為消費者帶來更好的體驗，」樣本科技公司董事長王大明表示。

關於樣本科技公司
樣本科技公司成立於一九八五年，總部位於台北市，是台灣領先的消費電子產品製造商之一。
"""


@pytest.mark.parametrize("text, encoding", [(JAPANESE, "shift_jis"), (JAPANESE, "euc_jp"), (CHINESE, "big5")])
def test_an_east_asian_release_reads_as_itself(tmp_path, text, encoding):
    data = text.encode(encoding)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert decode_text(data).splitlines()[0] == text.splitlines()[0]
    path = tmp_path / "release.txt"
    path.write_bytes(data)
    release = read_release(path, attachments=False)
    assert release.headline == text.splitlines()[0]


def test_western_text_that_is_not_utf8_stays_windows_1252():
    text = "Café Société SA announces a 5% rise – “record” results for Zürich and Málaga\n\nDetails follow.\n"
    assert decode_text(text.encode("cp1252")) == text
