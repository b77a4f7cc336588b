<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../../ui/backups.py" line="76"/>
        <source>Taken on</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="76"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="76"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="97"/>
        <source>before the schema upgrade from %1</source>
        <translation>avant la mise à jour du schéma %1</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="101"/>
        <source>daily backup</source>
        <translation>sauvegarde du jour</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="102"/>
        <source>before an import</source>
        <translation>avant un import</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="103"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../../ui/backups.py" line="112"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="117"/>
        <source>Workbench backs the database up every day, before an import of many files and before each schema upgrade. Restoring replaces the database with the chosen backup; the database as it is now is backed up first.</source>
        <translation>Workbench sauvegarde la base chaque jour, avant l’import de nombreux fichiers et avant chaque mise à jour du schéma. Restaurer remplace la base par la sauvegarde choisie ; la base telle qu’elle est maintenant est d’abord sauvegardée.</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="133"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="143"/>
        <source>There is no backup of this database yet.</source>
        <translation>Cette base n’a encore aucune sauvegarde.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../../ui/backups.py" line="162"/>
        <location filename="../../../ui/backups.py" line="181"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="164"/>
        <source>Put the database back as it was on %1 (%2)?

What was changed since will be replaced; the database as it is now is backed up first.</source>
        <translation>Remettre la base dans l’état du %1 (%2) ?

Ce qui a été modifié depuis sera remplacé ; la base telle qu’elle est maintenant est d’abord sauvegardée.</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="186"/>
        <source>Backup restored; the previous state is kept in %1.</source>
        <translation>Sauvegarde restaurée ; l’état précédent est gardé dans %1.</translation>
    </message>
</context>
</TS>
