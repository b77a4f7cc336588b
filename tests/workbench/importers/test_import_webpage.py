"""The web-page recogniser: each rule on its own, the three seeds, and invented shapes."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from tests.conftest import PAGES, WINDOWS_1252
from workbench.importers import webpage as wp
from workbench.importers.textfile import read_text
from workbench.text.counting import printed_text
from workbench.text.markdown import parse

TAGLINE = "Le magazine indépendant et international du BPO, du CRM et de l'expérience client."
TRAILER = (
    "A lire aussi\n\nProfitez d'un accès illimité au magazine En-contact pour moins de 3 €"
    " par semaine.\nAbonnez-vous maintenant\n×\n"
)


def _questions(body: str) -> list[str]:
    """Paragraphs entirely in bold, as the editor reads them."""
    tokens = parse(body)
    found = []
    for i, token in enumerate(tokens):
        if token.type == "inline" and tokens[i - 1].type == "paragraph_open":
            kids = [
                c
                for c in token.children or []
                if c.type != "softbreak" and (c.type != "text" or c.content)
            ]
            if kids and kids[0].type == "strong_open" and kids[-1].type == "strong_close":
                found.append("".join(c.content for c in kids))
    return found


def _footnotes(body: str) -> int:
    return sum(1 for t in parse(body) if t.type == "footnote_open")


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text)


def assert_no_text_lost(source: str, piece, date_line: tuple[str, ...] = ()) -> None:
    """Every word of the page is in a field, the printed body or the removed furniture."""
    kept = " ".join(
        [piece.title, piece.standfirst, piece.signature_note, printed_text(piece.body)]
        + [name for name, _ in piece.contributors]
        + piece.removed
        + re.findall(r"\]\(<(.+?)>\)", piece.body)  # link targets
    )
    kept_words = set(_words(kept))
    lost = [w for w in _words(source) if w not in kept_words and not w.isdigit()]
    # Only the date line's words are absorbed by published_at/publication, and the
    # « [audio: … title=…] » embed syntax by the link made from it.
    assert set(lost) <= {
        "audio",
        "title",
        "Publié",
        "le",
        "à",
        "par",
        "Magazine",
        "En",
        "Contact",
        "octobre",
        "mai",
        "février",
        "Édito",
        "N",
        *date_line,
    }, lost


# Rules ------------------------------------------------------------------------


def test_parse_date_line():
    line = wp.parse_date_line("Publié le 03 mai 2024 à 03:37 par Magazine En-Contact")
    assert line.published_at == datetime(2024, 5, 3, 3, 37)
    assert line.account == "Magazine En-Contact"
    assert wp.parse_date_line("Publié le 1er février 2013").published_at == datetime(2013, 2, 1)
    assert wp.parse_date_line("Publié le 31 février 2013 à 10:00") is None
    assert wp.parse_date_line("Publié hier") is None


def test_publication_from_account():
    assert wp.publication_from_account("Magazine En-Contact") == "En-Contact"
    assert wp.publication_from_account("") is None


def test_strip_trailer_keeps_what_it_removed():
    lines, removed = wp.strip_trailer(wp.clean_lines("Texte.\n\n" + TRAILER))
    assert [line for line in lines if line] == ["Texte."]
    assert removed[0] == "A lire aussi" and removed[-1] == "×"


def test_strip_trailer_leaves_long_text_after_a_read_also():
    text = "A lire aussi\n\n" + "Un vrai paragraphe de texte. " * 10
    lines, removed = wp.strip_trailer(wp.clean_lines(text))
    assert removed == [] and len([x for x in lines if x]) == 2


def test_strip_tagline_only_first_line():
    assert wp.strip_tagline(["", TAGLINE, "Titre"]) == (["Titre"], TAGLINE)
    assert wp.strip_tagline(["Titre", TAGLINE])[1] == ""
    assert wp.strip_tagline(["Mon slogan.", "T"], ("Mon slogan.",)) == (["T"], "Mon slogan.")


def test_find_header_with_repeated_title():
    lines = ["", "Titre", "", "Publié le 06 février 2013 à 15:36 par X", "Titre", "", "Texte"]
    header = wp.find_header(lines)
    assert header.title == "Titre" and lines[header.body_start :] == ["", "Texte"]


def test_find_header_without_date_line():
    header = wp.find_header(["Un titre court", "", "Le texte."])
    assert header.title == "Un titre court" and header.date is None and header.body_start == 1


def test_find_header_with_date_line_first():
    header = wp.find_header(["Publié le 06 février 2013", "Le titre", "", "Texte"])
    assert header.title == "Le titre" and header.body_start == 2


def test_find_header_refuses_a_long_sentence_as_title():
    sentence = "Une longue phrase de texte courant qui ne peut pas être un titre, " * 3 + "fin."
    assert wp.find_header([sentence]).title == ""


def test_take_edito_line():
    lines, number = wp.take_edito_line(["", "Édito N°82 /\u00a0", "", "Texte"])
    assert number == 82 and lines == ["", "", "Texte"]
    assert wp.take_edito_line(["Edito n° 7"])[1] == 7
    assert wp.take_edito_line(["L'édito N°82 parle de…"])[1] is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Les liens qui unissent, de notre envoyé spécial H Caufield / 5 février 2013",
            (
                "Les liens qui unissent",
                "H Caufield",
                "de notre envoyé spécial H Caufield / 5 février 2013",
            ),
        ),
        (
            "Le salon en trois jours, par Anne Martin",
            ("Le salon en trois jours", "Anne Martin", ""),
        ),
        ("Un titre sans signature", ("Un titre sans signature", None, "")),
    ],
)
def test_split_title_byline(title, expected):
    byline = wp.split_title_byline(title)
    assert (byline.title, byline.author, byline.note) == expected


def test_signatures_at_start():
    assert wp.signature_at_start(["Par Manuel Jacquinet", "Texte"]).author == "Manuel Jacquinet"
    sig = wp.signature_at_start(["De notre envoyée spéciale Anne Martin", "Texte"])
    assert sig.author == "Anne Martin"
    assert wp.signature_at_start(["Par ailleurs, le texte commence ici."]) is None


@pytest.mark.parametrize(
    ("lines", "author", "note", "taken"),
    [
        (
            ["Texte.", "Manuel Jacquinet,", "Édito rédigé en octobre 2014"],
            "Manuel Jacquinet",
            "Édito rédigé en octobre 2014",
            2,
        ),
        (
            ["Texte.", "Manuel Jacquinet, Édito rédigé en octobre 2014"],
            "Manuel Jacquinet",
            "Édito rédigé en octobre 2014",
            1,
        ),
        (["Texte.", "Par Anne Martin"], "Anne Martin", "", 1),
        (["Texte.", "Signé : H Caufield"], "H Caufield", "", 1),
        (
            [
                "Texte.",
                "Signé : H Caufield, " + "une longue signature qui raconte quelque chose " * 3,
            ],
            "H Caufield",
            "",
            0,
        ),
        (["Texte.", "Anne Martin"], "Anne Martin", "", 1),
    ],
)
def test_signatures_at_end(lines, author, note, taken):
    sig = wp.signature_at_end(lines)
    assert (sig.author, sig.note, sig.lines) == (author, note, taken)


def test_no_signature_in_a_sentence():
    assert wp.signature_at_end(["Texte.", "Bonne lecture et à bientôt."]) is None
    assert wp.signature_at_end(["Texte.", "Let there be rock !"]) is None


def test_footnote_definitions_and_markers():
    lines, defs = wp.take_footnote_definitions(
        ["*Pas une note : rien avant", "Texte libre**.", "**Une note."]
    )
    assert defs == {2: "Une note."}
    assert lines == ["*Pas une note : rien avant", "Texte libre**."]
    assert wp.markers_in("la relation client*, de notre") == [1]
    assert wp.markers_in("libre** est") == [2]
    assert wp.markers_in("un **gras** ici") == []


def test_to_markdown_turns_defined_markers_into_footnotes():
    assert wp.to_markdown("libre** est loin", {2}) == "libre[^2] est loin"
    assert wp.to_markdown("loyer*) fin", set()) == "loyer\\*) fin"
    assert wp.to_markdown("# pas un titre", set()) == "\\# pas un titre"


def test_audio_embed_becomes_a_link():
    link = wp.audio_link("[audio:http://exemple.fr/a.mp3 |\u00a0title=Modern Lovers]")
    assert link == "[Modern Lovers](<http://exemple.fr/a.mp3>)"


def test_detect_plain_compact():
    lines = ["Chapô ?", "", "Question un ?", "Réponse un.", "", "Question deux ?", "Réponse deux."]
    found = wp.detect_plain(lines)
    assert found.questions == {2, 5} and found.first_question == 2


def test_detect_plain_spaced_needs_several_questions():
    spaced = ["Q1 ?", "", "R1.", "", "Q2 ?", "", "R2.", "", "Q3 ?", "", "R3."]
    assert wp.detect_plain(spaced).questions == {0, 4, 8}
    rhetorical = [
        "Texte.",
        "",
        "Mais qui paye ?",
        "",
        "Texte.",
        "",
        "Texte.",
        "",
        "Et alors ?",
        "",
        "Fin.",
    ]
    assert wp.detect_plain(rhetorical) is None


def test_detect_labelled():
    lines = [
        "En-Contact : Première question ?",
        "Anne Martin : Première réponse.",
        "En-Contact : Deuxième question ?",
        "Anne Martin : Deuxième réponse.",
    ]
    found = wp.detect_labelled(lines)
    assert found.interviewee == "Anne Martin"
    assert found.questions == {0, 2}
    assert found.labels[1] == "Première réponse."


def test_interviewee_from_notes():
    assert wp.interviewee_from_notes({1: "Anne Martin est directrice."}) == (
        "Anne Martin",
        "Anne Martin est directrice.",
    )
    assert wp.interviewee_from_notes({1: "une note quelconque"}) is None


# Seeds ------------------------------------------------------------------------


def test_seed_edito(seeds):
    source = read_text(seeds / "edito-82.txt").text
    piece = wp.read_webpage(source)
    assert piece.title == "À vous de jouer !"
    assert piece.kind == "edito"
    assert piece.edito_number == 82 and piece.issue_number == 82
    assert piece.published_at == datetime(2014, 10, 26, 18, 23)
    assert piece.publication == "En-Contact"
    assert piece.tagline == TAGLINE
    assert piece.contributors == [("Manuel Jacquinet", "author")]
    assert " ".join(piece.signature_note.split()) == "Édito rédigé en octobre 2014"
    assert piece.standfirst == ""
    body = piece.body
    assert body.startswith("Si parfois vous effleure")
    assert body.rstrip().endswith("qu’un piano dans les gares.")
    for gone in ("Publié le", "Édito N°", "Manuel Jacquinet", "A lire aussi", "Abonnez-vous", "×"):
        assert gone not in body
    assert "Let there be rock !" in body
    # The « * » after « loyer » has no definition: kept as a literal star, and said.
    assert "loyer\\*)" in body and _footnotes(body) == 0
    assert any("sans définition" in w for w in piece.warnings)
    assert piece.removed == [TAGLINE, "A lire aussi", *piece.removed[2:]]
    assert piece.undetermined == []
    assert_no_text_lost(source, piece)


def test_seed_interview(seeds):
    source = read_text(seeds / "interview-berc.txt").text
    piece = wp.read_webpage(source)
    assert (
        piece.title
        == "«De retour de Singapour, bluffé» Charles Emmanuel Berc, doer de l'expérience client"
    )
    assert piece.kind == "interview"
    assert piece.published_at == datetime(2024, 5, 3, 3, 37)
    assert piece.publication == "En-Contact"
    assert piece.standfirst.startswith("Posteurs ( beaux parleurs)")
    # The chapô's star is a real note called from the chapô, with its text in the body.
    assert piece.standfirst.endswith("Charles-Emmanuel Berc[^1] ?")
    assert piece.contributors == [("Charles-Emmanuel Berc", "interviewee")]
    assert piece.bios["Charles-Emmanuel Berc"].startswith(
        "Charles-Emmanuel Berc est fondateur de Vipp-Interstis."
    )
    questions = _questions(piece.body)
    assert len(questions) == 3
    assert questions[0].startswith("Dans notre « magasin « de l’expérience client")
    assert questions[2].startswith("Qu’est ce qui t’a marqué")
    assert piece.recognised["questions"] == 3
    assert "Le magazine CEC #9" in piece.removed
    assert "Le magazine CEC" not in piece.body
    assert "[^1]: Charles-Emmanuel Berc est fondateur" in piece.body
    assert "[^1]" not in piece.body.replace("[^1]:", "") and _footnotes(piece.body) == 1
    assert printed_text(piece.body).endswith(
        "L’Afrique est son territoire de prédilection désormais."
    )
    assert "\\*" not in piece.body and not any("appelée" in w for w in piece.warnings)
    assert "auteur : aucune signature trouvée" in piece.undetermined
    assert_no_text_lost(source, piece)


def test_seed_reportage(seeds):
    source = read_text(seeds / "report-davos-2013.txt").text
    piece = wp.read_webpage(source)
    # The title's star is a real note called from the title: « * », the body's is « ** ».
    assert piece.title == "Les liens qui unissent… Forum Davos 2013 de la relation client[^1]"
    assert piece.kind == "reportage" and piece.guessed["kind"] == "reportage"
    assert piece.published_at == datetime(2013, 2, 6, 15, 36)
    assert piece.contributors == [("H Caufield", "author")]
    assert piece.signature_note == "de notre envoyé spécial H Caufield / 5 février 2013"
    assert piece.standfirst == ""
    body = piece.body
    assert body.startswith("« Les clients, vos clients")
    assert "stabulation libre[^2]" in body
    assert "[^2]: Stabulation libre : façon d’élever du bétail" in body
    assert "[^1]: Un forum Davos est un forum" in body
    assert _footnotes(body) == 2 and "\\*" not in body
    # The long « Signé : » paragraph stays in the text.
    assert "Signé : H Caufield, envoyé spécial de 13H à 15H20" in body
    assert "[Modern Lovers](<http://www.ambush.fr/wp-content/imgs/Modern-Lovers.mp3>)" in body
    assert _questions(body) == []
    assert piece.recognised["footnotes"] == 2
    assert_no_text_lost(source, piece)


# Invented pages (tests/data): the seeds' shapes, on a bare clone too -----------------

OUR_TAGLINE = "Le magazine des centres de contact et de ceux qui font vivre la relation client."
# The words of our date lines (« … par Magazine Ligne Directe »), absorbed like the seeds'.
OUR_DATE_WORDS = ("mars", "juin", "novembre", "Ligne", "Directe")


def test_invented_edito():
    source = read_text(PAGES / "edito-47.txt").text
    piece = wp.read_webpage(source)
    assert piece.title == "Décrochez, on vous écoute !"
    assert piece.kind == "edito"
    assert piece.edito_number == 47 and piece.issue_number == 47
    assert piece.published_at == datetime(2025, 3, 14, 8, 30)
    assert piece.publication == "Ligne Directe"
    assert piece.tagline == OUR_TAGLINE
    assert piece.contributors == [("Sophie Delaunay", "author")]
    assert " ".join(piece.signature_note.split()) == "Édito rédigé en mars 2025"
    assert piece.standfirst == ""
    body = piece.body
    assert body.startswith("Il y a des matins où l’on se demande")
    assert body.rstrip().endswith("sera peut-être la vôtre.")
    for gone in ("Publié le", "Édito N°", "Sophie Delaunay", "A lire aussi", "Abonnez-vous", "×"):
        assert gone not in body
    assert "Le téléphone sonne encore !" in body
    # The « * » after « entreprise » has no definition: kept as a literal star, and said.
    assert "entreprise\\*)" in body and _footnotes(body) == 0
    assert any("sans définition" in w for w in piece.warnings)
    assert piece.removed == [OUR_TAGLINE, "A lire aussi", *piece.removed[2:]]
    assert piece.undetermined == []
    assert_no_text_lost(source, piece, OUR_DATE_WORDS)


def test_invented_interview():
    source = read_text(PAGES / "interview-marchand.txt").text
    piece = wp.read_webpage(source)
    assert piece.title == (
        "«On ne fidélise pas un client avec un script» Élise Marchand,"
        " artisane de la relation client"
    )
    assert piece.kind == "interview"
    assert piece.published_at == datetime(2025, 6, 2, 7, 15)
    assert piece.publication == "Ligne Directe"
    assert piece.standfirst.startswith("Promesses affichées dans le hall")
    assert piece.standfirst.endswith("selon Élise Marchand[^1] ?")
    assert piece.contributors == [("Élise Marchand", "interviewee")]
    assert piece.bios["Élise Marchand"].startswith(
        "Élise Marchand est directrice de la relation client"
    )
    questions = _questions(piece.body)
    assert len(questions) == 4
    assert questions[0].startswith("Vous dirigez un service client depuis vingt ans")
    assert questions[2] == "Comment formez-vous les nouveaux conseillers ?"
    assert piece.recognised["questions"] == 4
    # An answer on two lines is two paragraphs of the same answer, not a question.
    assert "\n\nChez nous, la règle est simple" in piece.body
    assert "Le magazine Ligne Directe #12" in piece.removed
    assert "Le magazine Ligne" not in piece.body
    # The chapô's star is a real note called from the chapô, with its text in the body.
    assert printed_text(piece.body).endswith("dans une école de commerce.")
    assert "[^1]: Élise Marchand est directrice" in piece.body
    assert _footnotes(piece.body) == 1
    assert "auteur : aucune signature trouvée" in piece.undetermined
    assert_no_text_lost(source, piece, OUR_DATE_WORDS)


def test_invented_reportage():
    source = read_text(PAGES / "reportage-rencontres-2025.txt").text
    piece = wp.read_webpage(source)
    assert piece.title == "Les plateaux qui tiennent… Rencontres 2025 du service client[^1]"
    assert piece.kind == "reportage" and piece.guessed["kind"] == "reportage"
    assert piece.published_at == datetime(2025, 11, 13, 11, 2)
    assert piece.contributors == [("Camille Royer", "author")]
    assert piece.signature_note == "de notre envoyée spéciale Camille Royer / 12 novembre 2025"
    assert piece.standfirst == ""
    body = piece.body
    assert body.startswith("« Vos conseillers ne sont pas fatigués")
    # The title's star is a real note called from the title: « * », the body's is « ** ».
    assert "l’effet cocon[^2]" in body
    assert "[^2]: Effet cocon : expression de l’intervenant" in body
    assert _footnotes(body) == 2 and "\\*" not in body
    assert "[^1]: Les Rencontres du service client réunissent" in body
    # The long « Signé : » paragraph stays in the text.
    assert "Signé : Camille Royer, envoyée spéciale de 9 heures à 17 heures" in body
    assert "[Ambiance de plateau](<https://sons.ligne-directe.example/plateau.mp3>)" in body
    # A rhetorical question does not make a reportage an interview.
    assert "qui simplifie ?" in body and _questions(body) == []
    assert piece.recognised["footnotes"] == 2
    assert_no_text_lost(source, piece, OUR_DATE_WORDS)


def test_invented_windows_1252_page():
    """The interview saved by Windows: cp1252 and CRLF, read as the same text."""
    raw = (WINDOWS_1252 / "interview-marchand-1252.txt").read_bytes()
    assert b"\r\n" in raw and "é".encode("cp1252") in raw
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    decoded = read_text(WINDOWS_1252 / "interview-marchand-1252.txt")
    assert decoded.encoding == "cp1252"
    assert decoded.text == read_text(PAGES / "interview-marchand.txt").text
    piece = wp.read_webpage(decoded.text)
    assert piece.kind == "interview" and piece.contributors == [("Élise Marchand", "interviewee")]
    assert "l’historique" in piece.body


# Invented shapes ----------------------------------------------------------------


def test_no_header_signature_at_end():
    text = (
        "Le centre d'appels de demain\n\n"
        "Premier paragraphe du reportage.\n\n"
        "Second paragraphe, avec une note*.\n\n"
        "Par Anne Martin\n\n"
        "* La note de bas de page.\n"
    )
    piece = wp.read_webpage(text)
    assert piece.title == "Le centre d'appels de demain"
    assert piece.kind == "reportage"
    assert piece.contributors == [("Anne Martin", "author")]
    assert piece.published_at is None
    assert any(u.startswith("date de publication") for u in piece.undetermined)
    assert piece.body == (
        "Premier paragraphe du reportage.\n\nSecond paragraphe, avec une note[^1].\n\n"
        "[^1]: La note de bas de page.\n"
    )


def test_signature_at_start_without_date():
    text = "Un titre\n\nPar Manuel Jacquinet\n\nLe texte commence.\n"
    piece = wp.read_webpage(text)
    assert piece.contributors == [("Manuel Jacquinet", "author")]
    assert piece.body == "Le texte commence.\n"


def test_interview_without_standfirst_with_labels():
    text = (
        f"{TAGLINE}\n\nAnne Martin, la voix du client\n\n"
        "Publié le 12 mars 2021 à 09:05 par Magazine En-Contact\nAnne Martin, la voix du client\n\n"
        "En-Contact : Comment tout a commencé ?\n"
        "Anne Martin : Par hasard, en 1998.\n\n"
        "En-Contact : Et demain ?\n"
        "Anne Martin : Demain sera numérique.\n\n" + TRAILER
    )
    piece = wp.read_webpage(text)
    assert piece.kind == "interview"
    assert piece.standfirst == ""
    assert any(u.startswith("chapô") for u in piece.undetermined)
    assert piece.contributors == [("Anne Martin", "interviewee")]
    assert _questions(piece.body) == ["Comment tout a commencé ?", "Et demain ?"]
    assert "Par hasard, en 1998." in piece.body and "Anne Martin :" not in piece.body
    assert piece.published_at == datetime(2021, 3, 12, 9, 5)


def test_generic_labels_and_closing_presentation():
    text = (
        "Trois questions\n\nPar Paul Roux\n\n"
        "Q : Comment ?\nR : Ainsi.\n\nQ : Pourquoi ?\nR : Parce que.\n\n"
        "Anne Martin est directrice du service client.\n"
    )
    piece = wp.read_webpage(text)
    assert piece.kind == "interview"
    assert piece.contributors == [("Paul Roux", "author"), ("Anne Martin", "interviewee")]
    assert piece.bios == {"Anne Martin": "Anne Martin est directrice du service client."}
    assert _questions(piece.body) == ["Comment ?", "Pourquoi ?"]
    assert piece.body.endswith("Parce que.\n\nAnne Martin est directrice du service client.\n")


def test_unlabelled_interview_spaced_without_standfirst():
    text = (
        "Trois questions à un directeur\n\n"
        "Pourquoi ce projet ?\n\nParce que les clients le demandaient.\n\n"
        "Combien de temps ?\n\nDeux ans de travail.\n\n"
        "Et la suite ?\n\nUn second site en 2025.\n"
    )
    piece = wp.read_webpage(text)
    assert piece.kind == "interview" and piece.standfirst == ""
    assert _questions(piece.body) == ["Pourquoi ce projet ?", "Combien de temps ?", "Et la suite ?"]
    assert "personne interviewée : aucun nom trouvé" in piece.undetermined


def test_text_it_cannot_read_is_kept_whole():
    sentence = "Ceci est un long texte sans titre ni date ni signature, collé tel quel. " * 4
    text = f"{sentence}\n\nUn autre paragraphe * avec une étoile isolée et des _soulignés_.\n"
    piece = wp.read_webpage(text)
    assert piece.guessed["title"].startswith("Ceci est un long texte")
    assert {u.split(" :")[0] for u in piece.undetermined} >= {
        "titre",
        "date de publication",
        "auteur",
    }
    printed = printed_text(piece.body)
    assert sentence.strip() in printed
    assert "Un autre paragraphe * avec une étoile isolée et des _soulignés_." in printed
