<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>SearchFeature</name>
    <message>
        <location filename="../../../ui/search/feature.py" line="26"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../../ui/search/feature.py" line="27"/>
        <source>&amp;Search the pieces…</source>
        <translation>&amp;Rechercher dans les papiers…</translation>
    </message>
    <message>
        <location filename="../../../ui/search/feature.py" line="30"/>
        <source>Search every piece: titles, standfirsts, bodies, contributors</source>
        <translation>Chercher dans tous les papiers&#xa0;: titres, chapôs, textes, contributeurs</translation>
    </message>
</context>
</TS>
