<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArticleTreePanel</name>
    <message>
        <location filename="../../../ui/tree_view.py" line="224"/>
        <source>No piece matches the filter.</source>
        <translation>Aucun papier ne correspond au filtre.</translation>
    </message>
</context>
<context>
    <name>TreeFilterBar</name>
    <message>
        <location filename="../../../ui/tree_view.py" line="136"/>
        <source>Filter by title or author…</source>
        <translation>Filtrer par titre ou auteur…</translation>
    </message>
    <message>
        <location filename="../../../ui/tree_view.py" line="139"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../../ui/tree_view.py" line="143"/>
        <source>All kinds</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <location filename="../../../ui/tree_view.py" line="148"/>
        <source>Any author</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <location filename="../../../ui/tree_view.py" line="156"/>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
</TS>
