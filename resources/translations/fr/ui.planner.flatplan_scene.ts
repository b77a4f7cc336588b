<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FlatplanScene</name>
    <message>
        <location filename="../../../ui/planner/flatplan_scene.py" line="518"/>
        <source>Open comments: %1</source>
        <translation>Commentaires ouverts&#xa0;: %1</translation>
    </message>
</context>
</TS>
