<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Startup</name>
    <message>
        <location filename="../../../ui/app.py" line="67"/>
        <source>The folder of this database cannot be written to, so Workbench cannot open it:
%1

Copy the database to a folder of yours, or ask for write access.</source>
        <translation>Le dossier de cette base n’est pas accessible en écriture, Workbench ne peut donc pas l’ouvrir&#xa0;:
%1

Copiez la base dans un de vos dossiers, ou demandez l’accès en écriture.</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="76"/>
        <source>process %1 on %2</source>
        <translation>processus %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="81"/>
        <source>Workbench is already open on this database (%1).
%2

Switch to that window, or close it first.</source>
        <translation>Workbench est déjà ouvert sur cette base (%1).
%2

Passez à cette fenêtre, ou fermez-la d’abord.</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="176"/>
        <source>The database was upgraded; a backup was kept (File › Restore a backup…).</source>
        <translation>La base a été mise à jour&#xa0;; une sauvegarde a été gardée (Fichier › Restaurer une sauvegarde…).</translation>
    </message>
    <message>
        <location filename="../../../ui/app.py" line="189"/>
        <source>There is no piece %1 in this database.</source>
        <translation>Il n’y a pas de papier %1 dans cette base.</translation>
    </message>
</context>
</TS>
