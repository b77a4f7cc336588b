<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ContentsDialog</name>
    <message>
        <location filename="../../../ui/planner/contents_dialog.py" line="77"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/contents_dialog.py" line="81"/>
        <source>Contents of %1</source>
        <translation>Sommaire du %1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/contents_dialog.py" line="95"/>
        <source>No piece has pages yet.</source>
        <translation>Aucun papier n’a encore de pages.</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/contents_dialog.py" line="97"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/contents_dialog.py" line="99"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/contents_dialog.py" line="102"/>
        <source>&amp;Save as text…</source>
        <translation>&amp;Enregistrer en texte…</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/contents_dialog.py" line="120"/>
        <source>Save the contents</source>
        <translation>Enregistrer le sommaire</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/contents_dialog.py" line="122"/>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/contents_dialog.py" line="132"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/contents_dialog.py" line="133"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ContentsModel</name>
    <message>
        <location filename="../../../ui/planner/contents_dialog.py" line="45"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/contents_dialog.py" line="45"/>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/contents_dialog.py" line="45"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/contents_dialog.py" line="45"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
</context>
</TS>
