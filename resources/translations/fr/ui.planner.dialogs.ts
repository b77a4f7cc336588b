<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DueDateDialog</name>
    <message>
        <location filename="../../../ui/planner/dialogs.py" line="62"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/dialogs.py" line="64"/>
        <source>&amp;Due:</source>
        <translation>&amp;Pour le&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <location filename="../../../ui/planner/dialogs.py" line="84"/>
        <source>Duplicate the structure of No. %1</source>
        <translation>Dupliquer la structure du N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/dialogs.py" line="91"/>
        <source>Theme of the new issue</source>
        <translation>Thème du nouveau numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/dialogs.py" line="92"/>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/dialogs.py" line="93"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/dialogs.py" line="99"/>
        <source>Issue No. %1 already exists.</source>
        <translation>Le numéro %1 existe déjà.</translation>
    </message>
</context>
<context>
    <name>SlotDialog</name>
    <message>
        <location filename="../../../ui/planner/dialogs.py" line="32"/>
        <source>Edit slot</source>
        <translation>Modifier l’emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/dialogs.py" line="32"/>
        <source>New slot</source>
        <translation>Nouvel emplacement</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/dialogs.py" line="38"/>
        <source>e.g. the advertiser, « 2e de couverture »</source>
        <translation>p.&#xa0;ex. l’annonceur, «&#xa0;2e de couverture&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/dialogs.py" line="45"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/dialogs.py" line="46"/>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/dialogs.py" line="47"/>
        <source>&amp;First page:</source>
        <translation>&amp;Première page&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/dialogs.py" line="48"/>
        <source>&amp;Pages:</source>
        <translation>&amp;Pages&#xa0;:</translation>
    </message>
</context>
</TS>
