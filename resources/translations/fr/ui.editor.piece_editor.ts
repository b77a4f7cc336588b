<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PieceEditor</name>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="97"/>
        <source>Details</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="155"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="161"/>
        <source>This piece is in the trash: restore it from the tree to place it again.</source>
        <translation>Ce papier est dans la corbeille&#xa0;: restaurez-le depuis l’arbre pour le placer de nouveau.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="175"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="210"/>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="275"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="285"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="320"/>
        <source>Not saved: changed elsewhere</source>
        <translation>Non enregistré&#xa0;: modifié ailleurs</translation>
    </message>
</context>
</TS>
