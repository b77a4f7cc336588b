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
        <location filename="../../../ui/editor/message_bar.py" line="63"/>
        <source>Your text is still here and was kept in the history; nothing was overwritten.</source>
        <translation>Votre texte est toujours là et il a été gardé dans l’historique&#xa0;; rien n’a été écrasé.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="121"/>
        <source>Compare with the saved version</source>
        <translation>Comparer avec la version enregistrée</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="124"/>
        <source>In red, struck out: only in the saved version. In green: only in yours.</source>
        <translation>En rouge, barré&#xa0;: seulement dans la version enregistrée. En vert&#xa0;: seulement dans la vôtre.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="129"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="130"/>
        <source>Chapô</source>
        <translation>Chapô</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="131"/>
        <source>Body</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/message_bar.py" line="142"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
</TS>
