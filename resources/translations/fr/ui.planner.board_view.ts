<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="243"/>
        <source>%1 late</source>
        <translation>%1 en retard</translation>
    </message>
</context>
<context>
    <name>BoardColumnModel</name>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="90"/>
        <source>Pages %1</source>
        <translation>Pages %1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="92"/>
        <source>Due %1</source>
        <translation>Pour le %1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="94"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="306"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="312"/>
        <source>%1 late pieces</source>
        <translation>%1 papiers en retard</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="316"/>
        <source>Board No. %1</source>
        <translation>Tableau N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="332"/>
        <source>Open the piece</source>
        <translation>Ouvrir le papier</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="335"/>
        <source>Due date…</source>
        <translation>Échéance…</translation>
    </message>
</context>
</TS>
