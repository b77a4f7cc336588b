<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityListModel</name>
    <message>
        <location filename="../../../ui/editor/activity_panel.py" line="45"/>
        <source>created</source>
        <translation>création</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/activity_panel.py" line="46"/>
        <source>saved</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/activity_panel.py" line="47"/>
        <source>moved</source>
        <translation>déplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/activity_panel.py" line="48"/>
        <source>placed in the flatplan</source>
        <translation>placement au chemin de fer</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/activity_panel.py" line="49"/>
        <source>status changed</source>
        <translation>changement de statut</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/activity_panel.py" line="50"/>
        <source>put in the trash</source>
        <translation>mise à la corbeille</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/activity_panel.py" line="51"/>
        <source>restored</source>
        <translation>restauration</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/activity_panel.py" line="52"/>
        <source>exported</source>
        <translation>export du numéro</translation>
    </message>
</context>
</TS>
