<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Planner</name>
    <message>
        <location filename="../../../ui/planner/feature.py" line="36"/>
        <source>&amp;Planning of issues</source>
        <translation>&amp;Planning des numéros</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/feature.py" line="42"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/feature.py" line="44"/>
        <source>&amp;Flatplan of the issue</source>
        <translation>&amp;Chemin de fer du numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/feature.py" line="50"/>
        <source>&amp;Board by status</source>
        <translation>&amp;Tableau par statut</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/feature.py" line="56"/>
        <source>&amp;Contents…</source>
        <translation>&amp;Sommaire…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/feature.py" line="62"/>
        <source>P&amp;rint the flatplan…</source>
        <translation>&amp;Imprimer le chemin de fer…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/feature.py" line="68"/>
        <source>Save the flatplan as P&amp;DF…</source>
        <translation>Enregistrer le chemin de fer en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/feature.py" line="74"/>
        <source>&amp;Duplicate the structure…</source>
        <translation>&amp;Dupliquer la structure…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/feature.py" line="80"/>
        <source>&amp;Export the issue…</source>
        <translation>E&amp;xporter le numéro…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/feature.py" line="186"/>
        <source>Due date…</source>
        <translation>Échéance…</translation>
    </message>
</context>
</TS>
