<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Planner</name>
    <message>
        <location filename="../../../ui/planner/feature.py" line="40"/>
        <source>&amp;Planning of issues</source>
        <translation>&amp;Planning des numéros</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/feature.py" line="46"/>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/feature.py" line="48"/>
        <source>&amp;Flatplan of the issue</source>
        <translation>&amp;Chemin de fer du numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/feature.py" line="54"/>
        <source>&amp;Board by status</source>
        <translation>&amp;Tableau par statut</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/feature.py" line="60"/>
        <source>&amp;Contents…</source>
        <translation>&amp;Sommaire…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/feature.py" line="66"/>
        <source>P&amp;rint the flatplan…</source>
        <translation>&amp;Imprimer le chemin de fer…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/feature.py" line="72"/>
        <source>Save the flatplan as P&amp;DF…</source>
        <translation>Enregistrer le chemin de fer en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/feature.py" line="78"/>
        <source>&amp;Duplicate the structure…</source>
        <translation>&amp;Dupliquer la structure…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/feature.py" line="84"/>
        <source>&amp;Export the issue…</source>
        <translation>E&amp;xporter le numéro…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/feature.py" line="193"/>
        <source>Due date…</source>
        <translation>Échéance…</translation>
    </message>
</context>
</TS>
