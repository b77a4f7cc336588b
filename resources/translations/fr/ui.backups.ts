<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../../ui/backups.py" line="128"/>
        <source>Taken on</source>
        <translation>Prise le</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="128"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="128"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="151"/>
        <source>before the schema upgrade from %1</source>
        <translation>avant la mise à jour du schéma %1</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="155"/>
        <source>daily backup</source>
        <translation>sauvegarde du jour</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="156"/>
        <source>before an import</source>
        <translation>avant un import</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="157"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../../../ui/backups.py" line="166"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="171"/>
        <source>Workbench backs the database up every day, before an import of many files and before each schema upgrade. Restoring replaces the database with the chosen backup; the database as it is now is backed up first.</source>
        <translation>Workbench sauvegarde la base chaque jour, avant l’import de nombreux fichiers et avant chaque mise à jour du schéma. Restaurer remplace la base par la sauvegarde choisie&#xa0;; la base telle qu’elle est maintenant est d’abord sauvegardée.</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="187"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="197"/>
        <source>There is no backup of this database yet.</source>
        <translation>Cette base n’a encore aucune sauvegarde.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../../ui/backups.py" line="98"/>
        <source>This database is damaged (SQLite: %1). Workbench opened it read-only so that nothing more is lost: restore a backup (File › Restore a backup…).</source>
        <translation>Cette base est endommagée (SQLite&#xa0;: %1). Workbench l’a ouverte en lecture seule pour que rien de plus ne soit perdu&#xa0;: restaurez une sauvegarde (Fichier › Restaurer une sauvegarde…).</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="102"/>
        <source>Damaged database</source>
        <translation>Base endommagée</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="216"/>
        <location filename="../../../ui/backups.py" line="235"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="218"/>
        <source>Put the database back as it was on %1 (%2)?

What was changed since will be replaced; the database as it is now is backed up first.</source>
        <translation>Remettre la base dans l’état du %1 (%2)&#xa0;?

Ce qui a été modifié depuis sera remplacé&#xa0;; la base telle qu’elle est maintenant est d’abord sauvegardée.</translation>
    </message>
    <message>
        <location filename="../../../ui/backups.py" line="240"/>
        <source>Backup restored; the previous state is kept in %1.</source>
        <translation>Sauvegarde restaurée&#xa0;; l’état précédent est gardé dans %1.</translation>
    </message>
</context>
</TS>
