<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PieceEditor</name>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="98"/>
        <source>Details</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="157"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="163"/>
        <source>This piece is in the trash: restore it from the tree to place it again.</source>
        <translation>Ce papier est dans la corbeille&#xa0;: restaurez-le depuis l’arbre pour le placer de nouveau.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="177"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="212"/>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="278"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="288"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="323"/>
        <source>Not saved: changed elsewhere</source>
        <translation>Non enregistré&#xa0;: modifié ailleurs</translation>
    </message>
</context>
</TS>
