<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ContributorsModel</name>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="61"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="61"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="139"/>
        <source>Title of the piece</source>
        <translation>Titre du papier</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="143"/>
        <source>The chapô: the introduction printed in bold</source>
        <translation>Le chapô&#xa0;: l’introduction imprimée en gras</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="166"/>
        <source>Add a contributor</source>
        <translation>Ajouter un contributeur</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="169"/>
        <source>Remove the selected contributor</source>
        <translation>Retirer le contributeur sélectionné</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="176"/>
        <location filename="../../../ui/editor/fields_panel.py" line="185"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="177"/>
        <source> signs</source>
        <translation> signes</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="182"/>
        <source>e.g. Édito rédigé en octobre 2014</source>
        <translation>par exemple&#xa0;: Édito rédigé en octobre 2014</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="199"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Genre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="200"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="201"/>
        <source>C&amp;hapô:</source>
        <translation>C&amp;hapô&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="202"/>
        <source>&amp;Credits:</source>
        <translation>&amp;Contributeurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="203"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="204"/>
        <source>T&amp;arget length:</source>
        <translation>&amp;Longueur visée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="205"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Remise le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="206"/>
        <source>&amp;Issue:</source>
        <translation>&amp;Numéro&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="207"/>
        <source>Si&amp;gnature note:</source>
        <translation>Mention de si&amp;gnature&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="208"/>
        <source>Édit&amp;o number:</source>
        <translation>Numéro d’é&amp;dito&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="212"/>
        <source>Last saved:</source>
        <translation>Dernier enregistrement :</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="271"/>
        <source>Pool (au marbre)</source>
        <translation>Au marbre</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="273"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
</context>
</TS>
