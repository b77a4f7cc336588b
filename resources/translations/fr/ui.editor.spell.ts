<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>SpellSupport</name>
    <message>
        <location filename="../../../ui/editor/spell.py" line="200"/>
        <source>(no suggestion)</source>
        <translation>(aucune suggestion)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/spell.py" line="203"/>
        <source>Add to dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/spell.py" line="205"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/spell.py" line="206"/>
        <source>Accept this word until Workbench is closed.</source>
        <translation>Accepter ce mot jusqu’à la fermeture de Workbench.</translation>
    </message>
</context>
</TS>
