<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="242"/>
        <source>%1 late</source>
        <translation>%1 en retard</translation>
    </message>
</context>
<context>
    <name>BoardColumnModel</name>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="89"/>
        <source>Pages %1</source>
        <translation>Pages %1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="91"/>
        <source>Due %1</source>
        <translation>Pour le %1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="93"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="325"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="331"/>
        <source>%1 late pieces</source>
        <translation>%1 papiers en retard</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="335"/>
        <source>Board No. %1</source>
        <translation>Tableau N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="351"/>
        <source>Open the piece</source>
        <translation>Ouvrir le papier</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="354"/>
        <source>Due date…</source>
        <translation>Échéance…</translation>
    </message>
</context>
</TS>
