<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>EditorFeature</name>
    <message>
        <location filename="../../../ui/editor/feature.py" line="71"/>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="74"/>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="77"/>
        <source>I&amp;ntertitre</source>
        <translation>I&amp;ntertitre</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="81"/>
        <source>Intertitre (subheading)</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="84"/>
        <source>&amp;Quotation</source>
        <translation>&amp;Citation</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="87"/>
        <source>&amp;Pull quote (exergue)</source>
        <translation>&amp;Exergue</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="93"/>
        <source>Interview &amp;question</source>
        <translation>&amp;Question (interview)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="97"/>
        <source>Interview question: the paragraph in bold</source>
        <translation>Question d’interview&#xa0;: le paragraphe en gras</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="100"/>
        <source>&amp;Footnote</source>
        <translation>&amp;Note de bas de page</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="104"/>
        <source>Footnote: a reference here, its text at the end</source>
        <translation>Note de bas de page&#xa0;: l’appel ici, le texte à la fin</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="106"/>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="108"/>
        <source>P&amp;review</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="112"/>
        <source>Show the piece as it will read</source>
        <translation>Montrer le papier tel qu’il se lira</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="117"/>
        <source>&amp;Save the piece</source>
        <translation>En&amp;registrer le papier</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="121"/>
        <source>Save now and keep a version in the history</source>
        <translation>Enregistrer maintenant et garder une version dans l’historique</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="165"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="166"/>
        <source>Address (URL):</source>
        <translation>Adresse (URL)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="172"/>
        <source>link text</source>
        <translation>texte du lien</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="187"/>
        <source>Piece saved.</source>
        <translation>Papier enregistré.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="189"/>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="227"/>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="244"/>
        <source>Undo typing</source>
        <translation>Annuler la frappe</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="245"/>
        <source>Undo typing (Ctrl+Z)</source>
        <translation>Annuler la frappe (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="249"/>
        <source>Redo typing</source>
        <translation>Rétablir la frappe</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="250"/>
        <source>Redo typing (Ctrl+Shift+Z)</source>
        <translation>Rétablir la frappe (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="343"/>
        <source>New piece</source>
        <translation>Nouveau papier</translation>
    </message>
</context>
</TS>
