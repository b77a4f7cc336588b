<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PlannerView</name>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="87"/>
        <source>Flatplan</source>
        <translation>Chemin de fer</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="90"/>
        <source>Board by status</source>
        <translation>Tableau par statut</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="93"/>
        <source>Contents…</source>
        <translation>Sommaire…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="96"/>
        <source>Duplicate the structure…</source>
        <translation>Dupliquer la structure…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="99"/>
        <source>Export the issue…</source>
        <translation>Exporter le numéro…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="148"/>
        <source>Nobody is late.</source>
        <translation>Personne n’est en retard.</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="170"/>
        <source>Who is late</source>
        <translation>Qui est en retard</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="193"/>
        <source>Open the piece</source>
        <translation>Ouvrir le papier</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="207"/>
        <source>No publication.</source>
        <translation>Aucune publication.</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="217"/>
        <source>%1 issues</source>
        <translation>%1 numéros</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="175"/>
        <location filename="../../../ui/planner/planner_view.py" line="221"/>
        <source>%1 late</source>
        <translation>%1 en retard</translation>
    </message>
</context>
</TS>
