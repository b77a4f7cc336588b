<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>LateModel</name>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="172"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="173"/>
        <source>Piece</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="174"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="175"/>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="176"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="211"/>
        <source>%1 has not handed in « %2 », due %3 (%4).</source>
        <translation>%1 n’a pas rendu «&#xa0;%2&#xa0;», attendu le %3 (%4).</translation>
    </message>
</context>
<context>
    <name>PlannerModel</name>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="51"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="52"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="53"/>
        <source>Closing</source>
        <translation>Bouclage</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="54"/>
        <source>On sale</source>
        <translation>Parution</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="55"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="56"/>
        <source>Ready</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="57"/>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="107"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="112"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="116"/>
        <source>closing date passed</source>
        <translation>bouclage dépassé</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="118"/>
        <source>1 late piece</source>
        <translation>1 papier en retard</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="120"/>
        <source>%1 late pieces</source>
        <translation>%1 papiers en retard</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="122"/>
        <source>over its pages</source>
        <translation>dépasse ses pages</translation>
    </message>
</context>
</TS>
