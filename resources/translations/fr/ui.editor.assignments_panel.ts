<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../../ui/editor/assignments_panel.py" line="89"/>
        <source>Assign the piece</source>
        <translation>Attribuer le papier</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/assignments_panel.py" line="98"/>
        <source>&amp;Person:</source>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/assignments_panel.py" line="99"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/assignments_panel.py" line="100"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Date de remise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/assignments_panel.py" line="105"/>
        <source>Choose a person.</source>
        <translation>Choisissez une personne.</translation>
    </message>
</context>
<context>
    <name>AssignmentsModel</name>
    <message>
        <location filename="../../../ui/editor/assignments_panel.py" line="67"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/assignments_panel.py" line="67"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/assignments_panel.py" line="67"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>AssignmentsPanel</name>
    <message>
        <location filename="../../../ui/editor/assignments_panel.py" line="134"/>
        <source>Nobody yet.</source>
        <translation>Personne pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/assignments_panel.py" line="184"/>
        <source>Assign the piece to someone of the team</source>
        <translation>Attribuer le papier à quelqu’un de l’équipe</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/assignments_panel.py" line="187"/>
        <source>Take the piece back from this person</source>
        <translation>Retirer le papier à cette personne</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/assignments_panel.py" line="199"/>
        <source>The team is empty: add people in Tools › Team… to assign pieces.</source>
        <translation>L’équipe est vide&#xa0;: ajoutez des personnes dans Outils › Équipe… pour attribuer des papiers.</translation>
    </message>
</context>
</TS>
