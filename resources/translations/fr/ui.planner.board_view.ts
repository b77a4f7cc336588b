<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BoardColumn</name>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="306"/>
        <source>%1 late</source>
        <translation>%1 en retard</translation>
    </message>
</context>
<context>
    <name>BoardColumnModel</name>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="109"/>
        <source>Assigned to %1</source>
        <translation>Attribué à %1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="111"/>
        <source>Pages %1</source>
        <translation>Pages %1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="113"/>
        <source>Due %1</source>
        <translation>Pour le %1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="115"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="332"/>
        <source>&amp;My pieces</source>
        <translation>&amp;Mes papiers</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="333"/>
        <source>Only the pieces assigned to you</source>
        <translation>Seulement les papiers qui vous sont attribués</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="391"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="397"/>
        <source>my pieces: %1 of %2</source>
        <translation>mes papiers&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="404"/>
        <source>%1 late pieces</source>
        <translation>%1 papiers en retard</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="408"/>
        <source>Board No. %1</source>
        <translation>Tableau N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="433"/>
        <source>Open the piece</source>
        <translation>Ouvrir le papier</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/board_view.py" line="437"/>
        <source>Due date…</source>
        <translation>Échéance…</translation>
    </message>
</context>
</TS>
