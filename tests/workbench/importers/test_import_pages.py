"""Shapes of the magazine's archive beyond the three seeds (issue 12, points 9 to 13).

Every page in ``tests/data/archive/`` is invented (people, companies, events); each is read
and every recognised field checked against the table below, then the rules one by one,
then the pages imported into a store.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from tests.workbench.importers.test_import_webpage import _footnotes, _questions, _words
from workbench.importers import webpage as wp
from workbench.importers.report import format_report
from workbench.importers.service import CREATED, import_paths
from workbench.importers.textfile import read_text
from workbench.pieces import get_piece
from workbench.text.counting import printed_text

PAGES = Path(__file__).resolve().parents[2] / "data" / "archive"  # the archive's shapes
TAGLINE = "Le magazine des plateaux, des conseillers et de tous ceux qui décrochent le téléphone."


@dataclass(frozen=True)
class Expected:
    title: str
    kind: str
    date: datetime | None
    contributors: list[tuple[str, str]]  # (name, role), authors first
    standfirst: str = ""  # its beginning; "" when there is none
    questions: int = 0
    notes: int = 0
    issue: int | None = None
    signature_note: str = ""
    publication: str | None = "En-Contact"


EXPECTED = {
    # 9. Questions labelled with the magazine's name, after a long unlabelled introduction.
    "interview-long-intro.txt": Expected(
        "Jeanne Dufour (Mutuelle des Tilleuls) : « Nos conseillers choisissent leurs horaires »",
        "interview",
        datetime(2019, 11, 14, 8, 12),
        [("Jeanne Dufour", "interviewee")],
        standfirst="À Poitiers, la Mutuelle des Tilleuls a confié",
        questions=4,
    ),
    # 9. Cut off by the paywall after two exchanges.
    "interview-cut-off.txt": Expected(
        "Rodolphe Garnier, Vocalia : « Le vocal n'a pas dit son dernier mot »",
        "interview",
        datetime(2022, 9, 21, 17, 48),
        [("Rodolphe Garnier", "interviewee")],
        standfirst="Depuis Clermont-Ferrand, Vocalia équipe",
        questions=2,
    ),
    # 9. Readers' questions answered by the editor, who signs; 10. « Le 9 janvier 2017 par … ».
    "courrier-lecteurs.txt": Expected(
        "Vos questions à la rédaction : recruter des conseillers en 2017",
        "interview",
        datetime(2017, 1, 9),
        [("Bertrand Lesage", "author")],
        standfirst="Chaque mois, vous êtes nombreux à nous écrire.",
        questions=3,
        signature_note="rédacteur en chef",
    ),
    # 9. « Entretien avec … » in the title, two plain questions; 10. « Mardi 17 mars 2015 ».
    "entretien-avec.txt": Expected(
        "Entretien avec Inès Morvan, directrice clients de la Laiterie de Bréhat",
        "interview",
        datetime(2015, 3, 17),
        [("Inès Morvan", "interviewee")],
        standfirst="La coopérative bretonne a ouvert l'an dernier",
        questions=2,
        publication=None,
    ),
    # 9. « Interview de … » in the title; 10. « Le 2 juillet 2018 par … » without a time.
    "interview-de.txt": Expected(
        "Interview de Luc Armand (Téléservices Vauban) : « Un bon script laisse de la place"
        " au silence »",
        "interview",
        datetime(2018, 7, 2),
        [("Sandrine Coudert", "author"), ("Luc Armand", "interviewee")],
        standfirst="Luc Armand dirige depuis douze ans",
        questions=3,
    ),
    # 10. « Le 3 mars 2015 par Magazine En-Contact » heading an édito.
    "edito-short-header.txt": Expected(
        "Le printemps des plateaux",
        "edito",
        datetime(2015, 3, 3),
        [("Armelle Quentin", "author")],
        issue=97,
        signature_note="Édito écrit à Nantes, fin février 2015",
    ),
    # 10. « 02 juillet 2018 »; 11. « Prénom Nom, envoyée spéciale à … » then the notes.
    "reportage-envoyee-speciale.txt": Expected(
        "À Lisbonne, les plateaux multilingues ne connaissent pas la crise",
        "reportage",
        datetime(2018, 7, 2, 10, 5),
        [("Camille Roussel", "author")],
        notes=2,
        signature_note="envoyée spéciale à Lisbonne",
    ),
    # 10. « Le 14 février 2019 par Prénom Nom »: an account that is a person signs.
    "breve-compte-auteur.txt": Expected(
        "Un troisième site pour Accueil Plus, à Limoges",
        "reportage",
        datetime(2019, 2, 14),
        [("Nadia Ferhat", "author")],
        publication=None,
    ),
    # 10. Day of the week and account on one line; 11. « Par Prénom Nom » then a note.
    "billet-par-notes.txt": Expected(
        "Le silence, ce grand oublié des parcours clients",
        "reportage",
        datetime(2018, 10, 11),
        [("Fabien Lacombe", "author")],
        notes=1,
    ),
    # 12. Shortcodes; 13. the caption's photo credit is the photographer's.
    "reportage-shortcodes.txt": Expected(
        "Nordline ouvre à Roubaix son plateau « zéro attente »",
        "reportage",
        datetime(2016, 4, 5, 14, 2),
        [("Margaux Delbecq", "author"), ("Paul Verdier", "photographer")],
    ),
    # 13. A book's author in the title and under the review, a photo credit.
    "critique-livre.txt": Expected(
        "Lu pour vous : « Le client n'attend plus », par Solène Marchetti",
        "reportage",
        datetime(2016, 12, 8, 9, 30),
        [("Julien Ferrat", "author"), ("Thomas Berthier", "photographer")],
    ),
    # 13. A poem's author under the quotation closing the piece.
    "billet-poeme.txt": Expected(
        "La nuit des permanences",
        "reportage",
        datetime(2020, 12, 19, 22, 10),
        [("Hélène Vasseur", "author")],
    ),
    # 13. A reprinted article's byline from another paper.
    "reprise-article.txt": Expected(
        "Cherbourg : le centre d'appels de la Caisse maritime recrute quarante conseillers",
        "reportage",
        datetime(2016, 5, 4, 7, 55),
        [],
        signature_note="Article de Jean-Marc LEROUX paru dans La Gazette du Cotentin le 03-05-2016",
    ),
}


def read_page(name: str):
    return wp.read_webpage(read_text(PAGES / name).text)


def test_every_page_has_expectations():
    assert sorted(p.name for p in PAGES.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_fields(name):
    want = EXPECTED[name]
    piece = read_page(name)
    assert piece.title == want.title
    assert piece.kind == want.kind
    assert piece.published_at == want.date
    assert piece.publication == want.publication
    assert piece.contributors == want.contributors
    authors = [n for n, role in want.contributors if role == "author"]
    assert piece.recognised.get("authors", []) == authors
    interviewee = [n for n, role in want.contributors if role == "interviewee"]
    assert piece.recognised.get("interviewee") == (interviewee[0] if interviewee else None)
    if want.standfirst:
        assert piece.standfirst.startswith(want.standfirst)
    else:
        assert piece.standfirst == ""
    assert len(_questions(piece.body)) == want.questions
    assert piece.recognised.get("questions", 0) == want.questions
    assert _footnotes(piece.body) == want.notes == piece.recognised.get("footnotes", 0)
    assert piece.issue_number == piece.edito_number == want.issue
    assert " ".join(piece.signature_note.split()) == want.signature_note
    assert not [u for u in piece.undetermined if u.startswith(("titre", "date"))]
    if piece.tagline:
        assert piece.tagline == TAGLINE and piece.removed[0] == TAGLINE


# Words the recognised fields absorb: date lines, shortcode syntax, label and byline words.
_ABSORBED = {
    "Publié",
    "Le",
    "le",
    "à",
    "par",
    "Par",
    "Magazine",
    "En",
    "Contact",
    "février",
    "Mardi",
    "Jeudi",
    "janvier",
    "mars",
    "avril",
    "mai",
    "juillet",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "Édito",
    "N",
    "embed",
    "Jeanne",
    "Dufour",
    "Rodolphe",
    "Garnier",
    "Bertrand",
    "Lesage",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_loses_no_text(name):
    """Every word of the page is in a field, the printed body or the furniture taken out."""
    source = read_text(PAGES / name).text
    piece = read_page(name)
    kept = " ".join(
        [piece.title, piece.standfirst, piece.signature_note, printed_text(piece.body)]
        + [n for n, _ in piece.contributors]
        + piece.removed
        + re.findall(r"\]\(<(.+?)>\)", piece.body)
    )
    kept_words = set(_words(kept))
    lost = {w for w in _words(source) if w not in kept_words and not w.isdigit()}
    assert lost <= _ABSORBED, lost


# What each shape says beyond the table ---------------------------------------------


def test_house_label_is_taken_off_questions_and_answers():
    piece = read_page("interview-long-intro.txt")
    assert "En-Contact :" not in piece.body and "Jeanne Dufour :" not in piece.body
    # The rest of the introduction stays in the body, before the first question.
    assert piece.body.startswith("Il faut imaginer un tableau blanc")
    assert piece.guessed["standfirst"] == piece.standfirst
    # An answer going on in a second paragraph stays the answer's.
    assert "Les autres ont découvert" in piece.body
    assert piece.warnings == []


def test_cut_off_page_is_said():
    piece = read_page("interview-cut-off.txt")
    assert any(w.startswith("la page semble coupée") for w in piece.warnings)
    assert piece.body.rstrip().endswith("est passé de quatre minutes à")


def test_readers_questions_keep_who_asked():
    piece = read_page("courrier-lecteurs.txt")
    questions = _questions(piece.body)
    assert questions[0].startswith("Question de Maëlle T., superviseure à Brest : Faut-il")
    assert "Bertrand Lesage :" not in piece.body
    assert "personne interviewée : aucun nom trouvé" not in piece.undetermined


def test_shortcodes_are_furniture_and_embed_a_link():
    piece = read_page("reportage-shortcodes.txt")
    assert "[divider" not in piece.body and "[caption" not in piece.body
    assert "[/embed]" not in piece.body and "ancienne filature" not in piece.body
    assert "[https://video.exemple.org/watch?v=Nordline2016](<" in piece.body
    assert '[divider top="0"]' in piece.removed and "[divider top=”0″]" in piece.removed
    assert any(r.startswith("[caption ") and r.endswith("[/caption]") for r in piece.removed)
    assert piece.recognised["photographers"] == ["Paul Verdier"]


def test_book_review_and_photo_credit():
    piece = read_page("critique-livre.txt")
    assert "Solène Marchetti – © Thomas Berthier" in piece.removed
    # The book's reference stays in the text; its author is nobody's signature.
    assert "Solène Marchetti, « Le client n'attend plus », Éditions" in printed_text(piece.body)


def test_poem_author_stays_under_the_poem():
    piece = read_page("billet-poeme.txt")
    assert printed_text(piece.body).rstrip().endswith("Gaston Lemarié")
    assert piece.warnings == []


def test_reprint_is_recorded_with_its_source():
    piece = read_page("reprise-article.txt")
    assert piece.recognised["reprint"] == "La Gazette du Cotentin, 03-05-2016 (Jean-Marc LEROUX)"
    assert any(w.startswith("article repris : paru dans La Gazette") for w in piece.warnings)
    assert piece.undetermined == [
        "auteur : article repris de La Gazette du Cotentin, signé Jean-Marc LEROUX"
        " (pas un auteur du magazine)"
    ]
    assert "LEROUX" not in piece.body


def test_reprint_byline_at_the_end():
    text = (
        "Un titre\n\nLe 4 mai 2016\n\nPremier paragraphe.\n\n"
        "Par Aline VIGUIER - Le Réveil de Vesoul - 2 mai 2016\n"
    )
    piece = wp.read_webpage(text)
    assert piece.contributors == []
    assert (
        piece.signature_note
        == "Article de Aline VIGUIER paru dans Le Réveil de Vesoul le 2 mai 2016"
    )
    assert piece.body == "Premier paragraphe.\n"


# Rules ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "when", "account"),
    [
        ("Le 3 mars 2015 par Magazine En-Contact", datetime(2015, 3, 3), "Magazine En-Contact"),
        ("Mardi 3 mars 2015", datetime(2015, 3, 3), ""),
        ("02 juillet 2018", datetime(2018, 7, 2), ""),
        ("2 juillet 2018", datetime(2018, 7, 2), ""),
        ("Publié le mardi 3 mars 2015 à 10h05", datetime(2015, 3, 3, 10, 5), ""),
        ("Jeudi 1er octobre 2015, par La Rédaction", datetime(2015, 10, 1), "La Rédaction"),
    ],
)
def test_short_date_lines(line, when, account):
    found = wp.parse_date_line(line)
    assert (found.published_at, found.account) == (when, account)


@pytest.mark.parametrize(
    "line",
    ["Le 3 mars 2015, quarante personnes sont venues.", "Demain 3 mars 2015", "Le 30 février 2015"],
)
def test_not_date_lines(line):
    assert wp.parse_date_line(line) is None


def test_a_bare_date_lower_down_is_the_texts():
    text = "Carnet de route\n\nPremier jour à Dakar.\n\nMardi 3 mars 2015\n\nDeuxième jour.\n"
    piece = wp.read_webpage(text)
    assert piece.title == "Carnet de route" and piece.published_at is None
    assert piece.body == "Premier jour à Dakar.\n\nMardi 3 mars 2015\n\nDeuxième jour.\n"


def test_strip_shortcodes_keeps_brackets_that_are_not_shortcodes():
    found = wp.strip_shortcodes(
        [
            "Il a dit [sic] et […] puis [dropcap]L[/dropcap]e reste.",
            "Texte [divider top=”0″] suite",
            "[audio:http://exemple.org/a.mp3]",
            "[embed]https://exemple.org/v[/embed]",
            "[/caption]",
        ]
    )
    assert found.lines == [
        "Il a dit [sic] et […] puis Le reste.",
        "Texte suite",
        "[audio:http://exemple.org/a.mp3]",
        "[embed]https://exemple.org/v[/embed]",
        "",
    ]
    assert found.removed == [
        "[dropcap]",
        "[/dropcap]",
        "[divider top=”0″]",
        "[embed]",
        "[/embed]",
        "[/caption]",
    ]
    assert wp.audio_link("[embed]https://exemple.org/v[/embed]") == (
        "[https://exemple.org/v](<https://exemple.org/v>)"
    )


def test_strip_shortcodes_is_linear_on_long_lines():
    """A backtracking pattern would not end here (the suite's timeout would stop it)."""
    line = "[" * 200_000 + "[divider" * 20_000
    assert len(wp.strip_shortcodes([line]).lines) == 1


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Solène Marchetti – © Thomas Berthier", "Thomas Berthier"),
        ("© Paul Roux", "Paul Roux"),
        ("Crédit photo : Paul Roux", "Paul Roux"),
        ("Le site de Guéret (photo : Nadia Ferhat)", "Nadia Ferhat"),
        ("Photo : DR", None),
        ("Regardez bien la photo : Jean Dupont", None),
        ("Les équipes – Photo : Jean Dupont", "Jean Dupont"),
        ("Un long paragraphe qui parle du © sans crédit, " * 5, None),
    ],
)
def test_photo_credit(line, name):
    assert wp.photo_credit(line) == name


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Par Jean DUPONT – Le Journal du Centre – 03-05-2016",
            ("Jean DUPONT", "Le Journal du Centre", "03-05-2016"),
        ),
        (
            "Par Anne Martin — Le Progrès — 3 mai 2016",
            ("Anne Martin", "Le Progrès", "3 mai 2016"),
        ),
        ("Par Anne Martin – Lyon", None),
        ("Par Anne Martin, envoyée spéciale, 3 mai 2016", None),
        ("Par Anne Martin – Le Progrès – 31-02-2016", None),
        ("Par ailleurs – dit-il – 3 mai 2016", None),
    ],
)
def test_parse_reprint(line, expected):
    found = wp.parse_reprint(line)
    assert (found and (found.byline, found.source, found.date_text)) == expected or (
        found is None and expected is None
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Entretien avec Inès Morvan, directrice clients", (True, "Inès Morvan")),
        ("Interview de Luc Armand (Vauban) : « Un titre »", (True, "Luc Armand")),
        ("« Le vocal vit », interview d’Aline Roy", (True, "Aline Roy")),
        ("Trois questions à Paul Roux", (True, "Paul Roux")),
        ("Interview : le télétravail", (True, None)),
        ("Les questions à se poser avant d'externaliser", (False, None)),
        ("Rencontre avec le client", (False, None)),
        ("Un reportage à Lisbonne", (False, None)),
    ],
)
def test_announced_interview(title, expected):
    assert wp.announced_interview(title) == expected


@pytest.mark.parametrize(
    ("label", "known", "name"),
    [
        ("J. Dufour", "Jeanne Dufour", "Jeanne Dufour"),
        ("Jeanne", "Jeanne Dufour", "Jeanne Dufour"),
        ("Jeanne Dufour", None, "Jeanne Dufour"),
        ("Paul Roux", "Jeanne Dufour", "Paul Roux"),
    ],
)
def test_fuller_name(label, known, name):
    assert wp.fuller_name(label, known) == name


def test_shortened_answer_label_takes_the_titles_name():
    text = (
        "Entretien avec Jeanne Dufour\n\nLe 3 mars 2015 par Magazine En-Contact\n\n"
        "Une présentation.\n\n"
        "En-Contact : Une question ?\nJ. Dufour : Une réponse.\n"
    )
    piece = wp.read_webpage(text)
    assert piece.contributors == [("Jeanne Dufour", "interviewee")]
    assert piece.body == "**Une question ?**\n\nUne réponse.\n"


def test_announced_interview_labels_without_a_known_publication():
    text = (
        "Entretien avec Aline Roy\n\nMardi 3 mars 2015\n\nUne présentation.\n\n"
        "Paul Roux : Une question ?\nAline Roy : Une réponse.\n"
    )
    piece = wp.read_webpage(text)
    assert piece.contributors == [("Aline Roy", "interviewee")]
    assert piece.body == "**Une question ?**\n\nUne réponse.\n"
    assert piece.standfirst == "Une présentation."


def test_house_label_needs_one_exchange_only():
    lines = [
        "Une introduction sans étiquette, assez longue.",
        "",
        "Un deuxième paragraphe d'introduction.",
        "",
        "Un troisième paragraphe.",
        "",
        "En-Contact : Une seule question ?",
        "Aline Roy : Une seule réponse, puis la page est coupée.",
    ]
    assert wp.detect_labelled(lines) is None
    found = wp.detect_labelled(lines, ("En-Contact",))
    assert (found.questions, found.interviewee, found.first_question) == ({6}, "Aline Roy", 6)
    for label in ("EN CONTACT", "Magazine En-Contact"):
        other = [line.replace("En-Contact", label) for line in lines]
        assert wp.detect_labelled(other, ("En-Contact",)).questions == {6}
    assert found.labels == {
        6: "Une seule question ?",
        7: "Une seule réponse, puis la page est coupée.",
    }


def test_one_speaker_answering_unlabelled_questions():
    lines = [
        "Une lectrice de Caen : faut-il ouvrir le dimanche ?",
        "Paul Roux : Non.",
        "",
        "Et le samedi soir, est-ce raisonnable ?",
        "Paul Roux : Oui, avec des volontaires.",
    ]
    found = wp.detect_labelled(lines)
    assert (found.questions, found.interviewee) == ({0, 3}, "Paul Roux")
    # A speaker whose lines ask questions is not answering readers.
    assert (
        wp.detect_labelled(["Intro.", "Paul Roux : Pourquoi ?", "", "Paul Roux : Et alors ?"])
        is None
    )


@pytest.mark.parametrize(
    ("lines", "author", "note"),
    [
        (
            ["Texte.", "Camille Roussel, envoyée spéciale à Lisbonne"],
            "Camille Roussel",
            "envoyée spéciale à Lisbonne",
        ),
        (["Texte.", "Paul Roux, rédacteur en chef"], "Paul Roux", "rédacteur en chef"),
        (
            ["Texte.", "Paul Roux, notre correspondant à Dakar"],
            "Paul Roux",
            "notre correspondant à Dakar",
        ),
    ],
)
def test_signature_with_a_newsroom_role(lines, author, note):
    sig = wp.signature_at_end(lines)
    assert (sig.author, sig.note) == (author, note)


@pytest.mark.parametrize(
    "lines",
    [
        ["Texte.", "Solène Marchetti, Le client n'attend plus, Éditions du Quai Rouge, 2016"],
        ["Texte.", "Solène Marchetti, Le client n'attend plus, 212 pages, 19 €"],
        ["Texte.", "Solène Marchetti,", "Le client n'attend plus, Éd. du Quai Rouge"],
        ["« Un vers,", "Un autre vers. »", "", "Gaston Lemarié, Chants du quai (1921)"],
    ],
)
def test_a_works_reference_is_not_a_signature(lines):
    assert wp.signature_at_end(lines) is None


@pytest.mark.parametrize(
    ("account", "person"),
    [
        ("Magazine En-Contact", None),
        ("En-Contact", None),
        ("La Rédaction", None),
        ("Relation Client Mag", None),
        ("admin", None),
        ("Nadia Ferhat", "Nadia Ferhat"),
        ("Jean-Marc Leroux", "Jean-Marc Leroux"),
    ],
)
def test_person_from_account(account, person):
    assert wp.person_from_account(account) == person
    assert wp.person_from_account("Allô Client", ("Allô Client",)) is None


def test_presentation_is_not_a_signature():
    assert (
        wp.signature_at_end(["Texte.", "Jeanne Dufour, directrice de la relation client"]) is None
    )


def test_name_under_a_quotation_is_not_a_signature():
    assert (
        wp.signature_at_end(["Texte.", "", "« Un vers,", "Un autre vers. »", "", "Gaston Lemarié"])
        is None
    )
    assert (
        wp.signature_at_end(["« Une citation » dit-il.", "", "Anne Martin"]).author == "Anne Martin"
    )


def test_title_byline_after_a_quoted_work_is_its_author():
    byline = wp.split_title_byline("Lu pour vous : « Le client roi », par Solène Marchetti")
    assert (byline.title, byline.author) == (
        "Lu pour vous : « Le client roi », par Solène Marchetti",
        None,
    )


# Into the store --------------------------------------------------------------------


def test_pages_import_into_a_store(store):
    report = import_paths(store, [PAGES])
    assert [f.status for f in report.files] == [CREATED] * len(EXPECTED)
    by_name = {Path(f.path).name: f for f in report.files}
    for name, want in EXPECTED.items():
        piece = get_piece(store, by_name[name].piece_id)
        assert piece.kind == want.kind, name
        assert [(c.name, c.role) for c in piece.contributors] == want.contributors, name
        assert piece.issue_number == want.issue, name
    reprint = get_piece(store, by_name["reprise-article.txt"].piece_id)
    assert reprint.signature_note.startswith("Article de Jean-Marc LEROUX paru dans La Gazette")
    lines = format_report(report)
    assert any("reprise de : La Gazette du Cotentin, 03-05-2016" in line for line in lines)
    assert any("photographe : Paul Verdier" in line for line in lines)
    assert any("retiré de la page" in line and "[divider top=" in line for line in lines)


def test_store_publication_name_labels_questions(store, tmp_path):
    from workbench.catalog import create_publication

    create_publication(store, "Allô Client")
    path = tmp_path / "rencontre.txt"
    path.write_text(
        "Une rencontre\n\nUn premier paragraphe.\n\nUn deuxième.\n\nUn troisième.\n\n"
        "Allô Client : Une question ?\nAline Roy : Une réponse.\n",
        encoding="utf-8",
    )
    (result,) = import_paths(store, [path]).files
    piece = get_piece(store, result.piece_id)
    assert piece.kind == "interview"
    assert [(c.name, c.role) for c in piece.contributors] == [("Aline Roy", "interviewee")]
    assert piece.body.startswith("Un deuxième.")


# Our own words -------------------------------------------------------------------


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).lower()
    text = text.replace("’", "'").replace("\u00a0", " ").replace("\u202f", " ")
    text = re.sub(r"[*#>\[\]^«»\"]", " ", text)
    return re.sub(r"\s+", " ", text)


def test_no_text_from_the_seeds(seeds):
    seeds = sorted(Path(seeds).glob("*.txt"))
    size = 32
    ours = sorted(PAGES.glob("*.txt")) + [Path(__file__)]
    for seed in seeds:
        theirs = _normalise(seed.read_text(encoding="utf-8", errors="replace"))
        chunks = {theirs[i : i + size] for i in range(len(theirs) - size + 1)}
        for path in ours:
            text = _normalise(path.read_text(encoding="utf-8"))
            shared = next(
                (
                    text[i : i + size]
                    for i in range(len(text) - size + 1)
                    if text[i : i + size] in chunks
                ),
                None,
            )
            assert shared is None, f"{path.name} shares « {shared} » with {seed.name}"
