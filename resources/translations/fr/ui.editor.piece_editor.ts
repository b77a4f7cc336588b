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
        <location filename="../../../ui/editor/piece_editor.py" line="158"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
</TS>
