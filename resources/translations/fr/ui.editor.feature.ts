<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>EditorFeature</name>
    <message>
        <location filename="../../../ui/editor/feature.py" line="95"/>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="98"/>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="101"/>
        <source>I&amp;ntertitre</source>
        <translation>I&amp;ntertitre</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="105"/>
        <source>Subheading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="108"/>
        <source>&amp;Quotation</source>
        <translation>&amp;Citation</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="111"/>
        <source>&amp;Pull quote (exergue)</source>
        <translation>&amp;Exergue</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="117"/>
        <source>Interview &amp;question</source>
        <translation>&amp;Question (interview)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="121"/>
        <source>Interview question: the paragraph in bold</source>
        <translation>Question d’interview&#xa0;: le paragraphe en gras</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="124"/>
        <source>&amp;Footnote</source>
        <translation>&amp;Note de bas de page</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="128"/>
        <source>Footnote: a reference here, its text at the end</source>
        <translation>Note de bas de page&#xa0;: l’appel ici, le texte à la fin</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="130"/>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="132"/>
        <source>P&amp;review</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="136"/>
        <source>Show the piece as it will read</source>
        <translation>Montrer le papier tel qu’il se lira</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="141"/>
        <source>&amp;Save the piece</source>
        <translation>En&amp;registrer le papier</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="145"/>
        <source>Save now and keep a version in the history</source>
        <translation>Enregistrer maintenant et garder une version dans l’historique</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="149"/>
        <source>Comment on the &amp;passage…</source>
        <translation>Commenter le &amp;passage…</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="153"/>
        <source>Comment on the words selected in the text</source>
        <translation>Commenter les mots sélectionnés dans le texte</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="156"/>
        <source>&amp;Comment on the piece…</source>
        <translation>&amp;Commenter le papier…</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="160"/>
        <source>Comment on the whole piece</source>
        <translation>Commenter l’ensemble du papier</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="209"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="210"/>
        <source>Address (URL):</source>
        <translation>Adresse (URL)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="216"/>
        <source>link text</source>
        <translation>texte du lien</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="241"/>
        <source>Piece saved.</source>
        <translation>Papier enregistré.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="243"/>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="276"/>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="292"/>
        <source>Undo typing</source>
        <translation>Annuler la frappe</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="293"/>
        <source>Undo typing (Ctrl+Z)</source>
        <translation>Annuler la frappe (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="297"/>
        <source>Redo typing</source>
        <translation>Rétablir la frappe</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="298"/>
        <source>Redo typing (Ctrl+Shift+Z)</source>
        <translation>Rétablir la frappe (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="352"/>
        <source>Select words in the text to comment on them</source>
        <translation>Sélectionnez des mots dans le texte pour les commenter</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="416"/>
        <source>New piece</source>
        <translation>Nouveau papier</translation>
    </message>
</context>
</TS>
