<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PieceListModel</name>
    <message>
        <location filename="../../../ui/planner/list_models.py" line="83"/>
        <source>%1 p.</source>
        <translation>%1&#xa0;p.</translation>
    </message>
</context>
</TS>
