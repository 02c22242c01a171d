"""A letter in a language `mla check` cannot read is refused plainly, never "checked" on keywords
it does not understand; a letter in a language it reads, or carrying a translation into one, is
read. (Portuguese and Arabic letters, refused until cues/pt.yaml and cues/ar.yaml were written,
are read: tests/test_portuguese_arabic_letters.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from mla_writer.foreign.extract import read_letter
from mla_writer.foreign.language import unsupported_language
from tests.conftest import ROOT, run_mla

ITALIAN = """Procura della Repubblica presso il Tribunale di Torino
Alla Autorità centrale del Regno di Spagna

Oggetto: richiesta di assistenza giudiziaria nel procedimento penale n. 4417/2026 R.G.N.R.

Il Pubblico Ministero, dott.ssa Laura Bianchi, tel. +39 011 555 0101, chiede l'assistenza
delle autorità spagnole nel procedimento a carico di Marco Rossi, nato a Torino il 3 marzo 1980,
indagato per truffa aggravata ai sensi dell'art. 640 del codice penale, punita con la reclusione
da uno a cinque anni. Secondo gli accertamenti della polizia giudiziaria, l'indagato ha ricevuto
sul conto n. ES12 3456 7890 presso la Banca del Sol di Madrid le somme versate dalle persone
offese. Si chiede pertanto di acquisire gli estratti del conto per il periodo dal 1 gennaio al
30 giugno 2026 e di sentire come testimone il direttore della filiale. Le informazioni sono
necessarie per ricostruire il percorso del denaro e per individuare gli altri responsabili della
truffa. Non vi sono stati contatti precedenti con le autorità spagnole e la richiesta non è stata
trasmessa per altri canali. La presente richiesta si fonda sulla Convenzione europea di
assistenza giudiziaria in materia penale del 1959 e sul suo secondo Protocollo addizionale.
"""

PORTUGUESE = """Ministério Público — Procuradoria da República da Comarca de Lisboa
À Autoridade Central da República Federativa do Brasil

Assunto: pedido de auxílio judiciário em matéria penal, inquérito n.º 1234/26.0TELSB

A Procuradora da República, Dra. Ana Costa, tel. +351 21 555 0102, solicita a colaboração das
autoridades brasileiras no inquérito em que é arguido João Silva, nascido em Lisboa em 2 de maio
de 1975, por crimes de burla qualificada e branqueamento, puníveis com pena de prisão até oito
anos. Os factos foram praticados através de uma empresa fictícia, pela qual foram recebidos os
pagamentos das vítimas. São pedidas cópias certificadas dos extratos da conta bancária do arguido
no Banco do Sul, em São Paulo, desde janeiro de 2025, e a audição como testemunha do gerente da
agência. As informações são necessárias para apurar o destino dos fundos e não foram pedidas por
outra via. Não houve contactos prévios com as autoridades brasileiras sobre este assunto.
"""

CHINESE = "请求书：根据两国之间的刑事司法协助条约，请求贵方协助调查诈骗案件。" * 12

UKRAINIAN = (
    """Офіс Генерального прокурора України просить компетентні органи Республіки Молдова
надати правову допомогу у кримінальному провадженні № 12026000000000417 щодо шахрайства, вчиненого
громадянином України Іваном Коваленком. Просимо допитати свідка та отримати виписки з рахунку,
відкритого у банку в місті Кишинів, за період з 1 січня по 30 червня 2026 року. Інформація
необхідна для встановлення руху коштів. Попередніх контактів з цього питання не було.
"""
    * 2
)

ARABIC_WITH_ENGLISH = (
    "طلب مساعدة قانونية متبادلة في المسائل الجنائية. تطلب النيابة العامة المساعدة في التحقيق. " * 8
    + "\n\nCertified English translation.\n\n"
    + (ROOT / "tests" / "foreign_letters" / "en01_numbered_complete.txt").read_text("utf-8")
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (ITALIAN, "Italian"),
        (CHINESE, "Chinese"),
        (UKRAINIAN, "Ukrainian"),
    ],
)
def test_a_letter_in_a_language_check_cannot_read_exits_2_saying_so(
    text: str, name: str, tmp_path: Path
) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(text, encoding="utf-8")
    for arguments in ((), ("--format", "json")):
        result = run_mla("check", letter, *arguments, cwd=tmp_path)
        assert result.returncode == 2
        assert result.stdout == ""
        message = " ".join(result.stderr.split())
        assert f"this letter is in {name}, which `mla check` cannot read yet" in message


def test_the_refusal_is_in_the_interface_language(tmp_path: Path) -> None:
    letter = tmp_path / "lettera.txt"
    letter.write_text(ITALIAN, encoding="utf-8")
    result = run_mla("check", letter, cwd=tmp_path, env={"LANGUAGE": "fr"})
    assert result.returncode == 2
    assert "italien" in result.stderr


def test_a_letter_with_an_english_translation_beside_its_original_is_read(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text(ARABIC_WITH_ENGLISH, encoding="utf-8")
    assert unsupported_language(ARABIC_WITH_ENGLISH) is None
    assert run_mla("check", letter, cwd=tmp_path).returncode in (0, 1)


def test_a_portuguese_letter_is_read_not_refused() -> None:
    assert unsupported_language(PORTUGUESE) is None


def test_no_letter_of_the_regression_set_is_refused_for_its_language() -> None:
    folder = ROOT / "tests" / "foreign_letters"
    labels = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8"))["letters"]
    for name in labels:
        path = folder / name
        if not path.exists():  # the Word letters are built at test time elsewhere
            continue
        text = "\n".join(p.text for p in read_letter(path))
        assert unsupported_language(text) is None, name
