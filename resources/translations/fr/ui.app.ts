<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Startup</name>
    <message>
        <location filename="../../../ui/app.py" line="68"/>
        <source>process %1 on %2</source>
        <translation>processus %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="73"/>
        <source>Workbench is already open on this database (%1).
%2

Switch to that window, or close it first.</source>
        <translation>Workbench est déjà ouvert sur cette base (%1).
%2

Passez à cette fenêtre, ou fermez-la d’abord.</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="128"/>
        <source>The database was upgraded; a backup copy was kept next to it.</source>
        <translation>La base a été mise à jour ; une copie de sauvegarde a été gardée à côté.</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="137"/>
        <source>There is no piece %1 in this database.</source>
        <translation>Il n’y a pas de papier %1 dans cette base.</translation>
    </message>
</context>
</TS>
