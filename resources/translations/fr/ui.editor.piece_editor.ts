<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PieceEditor</name>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="89"/>
        <source>Details</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="148"/>
        <source>This piece is in the trash: restore it from the tree to place it again.</source>
        <translation>Ce papier est dans la corbeille&#xa0;: restaurez-le depuis l’arbre pour le placer de nouveau.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/piece_editor.py" line="162"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
</TS>
