<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>PlannerModel</name>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="47"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="48"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="49"/>
        <source>Closing</source>
        <translation>Bouclage</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="50"/>
        <source>On sale</source>
        <translation>Parution</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="51"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="52"/>
        <source>Ready</source>
        <translation>Prêts</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="53"/>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="103"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="108"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="112"/>
        <source>closing date passed</source>
        <translation>bouclage dépassé</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="114"/>
        <source>1 late piece</source>
        <translation>1 papier en retard</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="116"/>
        <source>%1 late pieces</source>
        <translation>%1 papiers en retard</translation>
    </message>
    <message>
        <location filename="../../../ui/planner/planner_model.py" line="118"/>
        <source>over its pages</source>
        <translation>dépasse ses pages</translation>
    </message>
</context>
</TS>
