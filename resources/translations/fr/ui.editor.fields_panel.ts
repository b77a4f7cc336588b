<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ContributorsModel</name>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="84"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="84"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>FieldsPanel</name>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="164"/>
        <source>Title of the piece</source>
        <translation>Titre du papier</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="168"/>
        <source>The chapô: the introduction printed in bold</source>
        <translation>Le chapô&#xa0;: l’introduction imprimée en gras</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="191"/>
        <source>Add a contributor</source>
        <translation>Ajouter un contributeur</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="194"/>
        <source>Remove the selected contributor</source>
        <translation>Retirer le contributeur sélectionné</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="201"/>
        <location filename="../../../ui/editor/fields_panel.py" line="210"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="202"/>
        <source> signs</source>
        <translation> signes</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="207"/>
        <source>e.g. Édito rédigé en octobre 2014</source>
        <translation>par exemple&#xa0;: Édito rédigé en octobre 2014</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="224"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Genre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="225"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="226"/>
        <source>C&amp;hapô:</source>
        <translation>C&amp;hapô&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="227"/>
        <source>&amp;Credits:</source>
        <translation>&amp;Contributeurs&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="228"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="229"/>
        <source>T&amp;arget length:</source>
        <translation>&amp;Longueur visée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="230"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Remise le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="231"/>
        <source>&amp;Issue:</source>
        <translation>&amp;Numéro&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="232"/>
        <source>Si&amp;gnature note:</source>
        <translation>Mention de si&amp;gnature&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="233"/>
        <source>Édit&amp;o number:</source>
        <translation>Numéro d’é&amp;dito&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="237"/>
        <source>Last saved:</source>
        <translation>Dernier enregistrement :</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="296"/>
        <source>Pool (au marbre)</source>
        <translation>Au marbre</translation>
    </message>
    <message>
        <location filename="../../../ui/editor/fields_panel.py" line="298"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
</context>
</TS>
