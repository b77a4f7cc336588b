<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArticleTreePanel</name>
    <message>
        <location filename="../../../ui/tree/view.py" line="300"/>
        <source>No piece matches the filter.</source>
        <translation>Aucun papier ne correspond au filtre.</translation>
    </message>
</context>
<context>
    <name>TreeFilterBar</name>
    <message>
        <location filename="../../../ui/tree/view.py" line="187"/>
        <source>Filter by title or author…</source>
        <translation>Filtrer par titre ou auteur…</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/view.py" line="190"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/view.py" line="194"/>
        <source>All kinds</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/view.py" line="199"/>
        <source>Any author</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/view.py" line="205"/>
        <source>&amp;My pieces</source>
        <translation>&amp;Mes papiers</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/view.py" line="206"/>
        <source>Only the pieces assigned to you</source>
        <translation>Seulement les papiers qui vous sont attribués</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/view.py" line="211"/>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
</TS>
