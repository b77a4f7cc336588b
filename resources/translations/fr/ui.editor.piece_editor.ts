<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PieceEditor</name>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="109"/>
        <source>Details</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="171"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="177"/>
        <source>This piece is in the trash: restore it from the tree to place it again.</source>
        <translation>Ce papier est dans la corbeille&#xa0;: restaurez-le depuis l’arbre pour le placer de nouveau.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="191"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="228"/>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="313"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="322"/>
        <source>Could not save: %1 — your text is kept in the window and will be saved as soon as possible.</source>
        <translation>Enregistrement impossible&#xa0;: %1 — votre texte est gardé dans la fenêtre et sera enregistré dès que possible.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="341"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="376"/>
        <source>Not saved: changed elsewhere</source>
        <translation>Non enregistré&#xa0;: modifié ailleurs</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="421"/>
        <source>Could not save: %1 — your text is kept in the window.</source>
        <translation>Enregistrement impossible&#xa0;: %1 — votre texte est gardé dans la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="495"/>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="497"/>
        <source>« %1 » could not be saved: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être enregistré&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="503"/>
        <source>Your text is kept in the window while this tab stays open. Keep a copy in a file before closing without saving.</source>
        <translation>Votre texte est gardé dans la fenêtre tant que cet onglet reste ouvert. Enregistrez-en une copie dans un fichier avant de fermer sans enregistrer.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="507"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="508"/>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="510"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="512"/>
        <source>Keep open</source>
        <translation>Laisser ouvert</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="532"/>
        <source>Save a copy of the text</source>
        <translation>Enregistrer une copie du texte</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="534"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="542"/>
        <source>The copy could not be written: %1</source>
        <translation>La copie n’a pas pu être écrite&#xa0;: %1</translation>
    </message>
</context>
</TS>
