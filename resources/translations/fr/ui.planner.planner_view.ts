<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PlannerView</name>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="75"/>
        <source>Flatplan</source>
        <translation>Chemin de fer</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="78"/>
        <source>Board by status</source>
        <translation>Tableau par statut</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="81"/>
        <source>Contents…</source>
        <translation>Sommaire…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="84"/>
        <source>Duplicate the structure…</source>
        <translation>Dupliquer la structure…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="87"/>
        <source>Export the issue…</source>
        <translation>Exporter le numéro…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="118"/>
        <source>No publication.</source>
        <translation>Aucune publication.</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="128"/>
        <source>%1 issues</source>
        <translation>%1 numéros</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="132"/>
        <source>%1 late</source>
        <translation>%1 en retard</translation>
    </message>
</context>
</TS>
