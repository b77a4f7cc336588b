<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArticleTreeModel</name>
    <message>
        <location filename="../../../ui/tree/model.py" line="324"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/model.py" line="327"/>
        <source>Pool (au marbre)</source>
        <translation>Au marbre</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/model.py" line="329"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/model.py" line="343"/>
        <source>Taken by %1 to write it</source>
        <translation>Pris par %1 pour l&apos;écrire</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/model.py" line="348"/>
        <source>1 open comment</source>
        <translation>1 commentaire ouvert</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/model.py" line="350"/>
        <source>%1 open comments</source>
        <translation>%1 commentaires ouverts</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/model.py" line="367"/>
        <source>Closing: %1</source>
        <translation>Bouclage : %1</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/model.py" line="371"/>
        <source>On sale: %1</source>
        <translation>Parution : %1</translation>
    </message>
    <message>
        <location filename="../../../ui/tree/model.py" line="374"/>
        <source>%1 of %2 pieces ready</source>
        <translation>%1 papiers prêts sur %2</translation>
    </message>
</context>
</TS>
