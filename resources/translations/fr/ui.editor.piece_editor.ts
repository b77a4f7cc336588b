<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PieceEditor</name>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="110"/>
        <source>Details</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="172"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="178"/>
        <source>This piece is in the trash: restore it from the tree to place it again.</source>
        <translation>Ce papier est dans la corbeille&#xa0;: restaurez-le depuis l’arbre pour le placer de nouveau.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="192"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="229"/>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="314"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="323"/>
        <source>Could not save: %1 — your text is kept in the window and will be saved as soon as possible.</source>
        <translation>Enregistrement impossible&#xa0;: %1 — votre texte est gardé dans la fenêtre et sera enregistré dès que possible.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="342"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="377"/>
        <source>Not saved: changed elsewhere</source>
        <translation>Non enregistré&#xa0;: modifié ailleurs</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="422"/>
        <source>Could not save: %1 — your text is kept in the window.</source>
        <translation>Enregistrement impossible&#xa0;: %1 — votre texte est gardé dans la fenêtre.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="496"/>
        <source>Could not save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="498"/>
        <source>« %1 » could not be saved: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être enregistré&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="504"/>
        <source>Your text is kept in the window while this tab stays open. Keep a copy in a file before closing without saving.</source>
        <translation>Votre texte est gardé dans la fenêtre tant que cet onglet reste ouvert. Enregistrez-en une copie dans un fichier avant de fermer sans enregistrer.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="508"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="509"/>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="511"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="513"/>
        <source>Keep open</source>
        <translation>Laisser ouvert</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="533"/>
        <source>Save a copy of the text</source>
        <translation>Enregistrer une copie du texte</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="535"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="543"/>
        <source>The copy could not be written: %1</source>
        <translation>La copie n’a pas pu être écrite&#xa0;: %1</translation>
    </message>
</context>
</TS>
