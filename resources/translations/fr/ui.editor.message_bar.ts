<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ConflictBar</name>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="41"/>
        <source>Reload the saved version</source>
        <translation>Recharger la version enregistrée</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="42"/>
        <source>Keep mine (overwrite)</source>
        <translation>Garder la mienne (écraser)</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="43"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="59"/>
        <source>This piece was changed elsewhere.</source>
        <translation>Ce papier a été modifié ailleurs.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="61"/>
        <source>Your text stays here, and a copy was kept in the history.</source>
        <translation>Votre texte reste ici, et une copie est gardée dans l’historique.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="117"/>
        <source>Compare with the saved version</source>
        <translation>Comparer avec la version enregistrée</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="120"/>
        <source>In red, struck out: only in the saved version. In green: only in yours.</source>
        <translation>En rouge, barré&#xa0;: seulement dans la version enregistrée. En vert&#xa0;: seulement dans la vôtre.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="125"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="126"/>
        <source>Standfirst</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="127"/>
        <source>Body</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="138"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
</TS>
