<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>TreeFilterBar</name>
    <message>
        <location filename="../../../ui/tree_view.py" line="130"/>
        <source>Filter by title or author…</source>
        <translation>Filtrer par titre ou auteur…</translation>
    </message>
    <message>
        <location filename="../../../ui/tree_view.py" line="133"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../../ui/tree_view.py" line="137"/>
        <source>All kinds</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <location filename="../../../ui/tree_view.py" line="142"/>
        <source>Any author</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <location filename="../../../ui/tree_view.py" line="150"/>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
</TS>
