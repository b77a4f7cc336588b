<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PlannerView</name>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="76"/>
        <source>Flatplan</source>
        <translation>Chemin de fer</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="79"/>
        <source>Board by status</source>
        <translation>Tableau par statut</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="82"/>
        <source>Contents…</source>
        <translation>Sommaire…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="85"/>
        <source>Duplicate the structure…</source>
        <translation>Dupliquer la structure…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="88"/>
        <source>Export the issue…</source>
        <translation>Exporter le numéro…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="119"/>
        <source>No publication.</source>
        <translation>Aucune publication.</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="129"/>
        <source>%1 issues</source>
        <translation>%1 numéros</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_view.py" line="133"/>
        <source>%1 late</source>
        <translation>%1 en retard</translation>
    </message>
</context>
</TS>
