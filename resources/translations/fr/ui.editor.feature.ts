<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>EditorFeature</name>
    <message>
        <location filename="../../../ui/editor/feature.py" line="92"/>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="95"/>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="98"/>
        <source>I&amp;ntertitre</source>
        <translation>I&amp;ntertitre</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="102"/>
        <source>Subheading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="105"/>
        <source>&amp;Quotation</source>
        <translation>&amp;Citation</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="108"/>
        <source>&amp;Pull quote (exergue)</source>
        <translation>&amp;Exergue</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="114"/>
        <source>Interview &amp;question</source>
        <translation>&amp;Question (interview)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="118"/>
        <source>Interview question: the paragraph in bold</source>
        <translation>Question d’interview&#xa0;: le paragraphe en gras</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="121"/>
        <source>&amp;Footnote</source>
        <translation>&amp;Note de bas de page</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="125"/>
        <source>Footnote: a reference here, its text at the end</source>
        <translation>Note de bas de page&#xa0;: l’appel ici, le texte à la fin</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="127"/>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="129"/>
        <source>P&amp;review</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="133"/>
        <source>Show the piece as it will read</source>
        <translation>Montrer le papier tel qu’il se lira</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="138"/>
        <source>&amp;Save the piece</source>
        <translation>En&amp;registrer le papier</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="142"/>
        <source>Save now and keep a version in the history</source>
        <translation>Enregistrer maintenant et garder une version dans l’historique</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="182"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="183"/>
        <source>Address (URL):</source>
        <translation>Adresse (URL)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="189"/>
        <source>link text</source>
        <translation>texte du lien</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="203"/>
        <source>Piece saved.</source>
        <translation>Papier enregistré.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="205"/>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="238"/>
        <source>Workbench</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="254"/>
        <source>Undo typing</source>
        <translation>Annuler la frappe</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="255"/>
        <source>Undo typing (Ctrl+Z)</source>
        <translation>Annuler la frappe (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="259"/>
        <source>Redo typing</source>
        <translation>Rétablir la frappe</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="260"/>
        <source>Redo typing (Ctrl+Shift+Z)</source>
        <translation>Rétablir la frappe (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/feature.py" line="349"/>
        <source>New piece</source>
        <translation>Nouveau papier</translation>
    </message>
</context>
</TS>
