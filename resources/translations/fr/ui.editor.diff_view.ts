<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../../ui/editor/diff_view.py" line="33"/>
        <source>[… %1 unchanged lines …]</source>
        <translation>[… %1 lignes inchangées …]</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/diff_view.py" line="87"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/diff_view.py" line="88"/>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/diff_view.py" line="89"/>
        <source>Body</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/diff_view.py" line="124"/>
        <source>words added: %1, removed: %2</source>
        <translation>mots ajoutés&#xa0;: %1, supprimés&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/diff_view.py" line="134"/>
        <source>The two versions are identical.</source>
        <translation>Les deux versions sont identiques.</translation>
    </message>
</context>
</TS>
