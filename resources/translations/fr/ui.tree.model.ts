<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArticleTreeModel</name>
    <message>
        <location filename="../../../ui/tree/model.py" line="285"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/model.py" line="288"/>
        <source>Pool (au marbre)</source>
        <translation>Au marbre</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/model.py" line="290"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/model.py" line="304"/>
        <source>Taken by %1 to write it</source>
        <translation>Pris par %1 pour l'écrire</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/model.py" line="319"/>
        <source>Closing: %1</source>
        <translation>Bouclage : %1</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/model.py" line="323"/>
        <source>On sale: %1</source>
        <translation>Parution : %1</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/model.py" line="326"/>
        <source>%1 of %2 pieces ready</source>
        <translation>%1 papiers prêts sur %2</translation>
    </message>
</context>
</TS>
