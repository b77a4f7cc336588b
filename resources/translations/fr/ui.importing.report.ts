<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../../../ui/importing/report.py" line="128"/>
        <source>%1 created</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="130"/>
        <source>%1 created</source>
        <comment>plural</comment>
        <translation>%1 créés</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="131"/>
        <source>%1 duplicate</source>
        <translation>%1 doublon</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="133"/>
        <source>%1 duplicates</source>
        <translation>%1 doublons</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="134"/>
        <source>%1 refused</source>
        <translation>%1 refusé</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="136"/>
        <source>%1 refused</source>
        <comment>plural</comment>
        <translation>%1 refusés</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <location filename="../../../ui/importing/report.py" line="174"/>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="207"/>
        <source>&amp;Open the piece</source>
        <translation>&amp;Ouvrir le papier</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="208"/>
        <location filename="../../../ui/importing/report.py" line="218"/>
        <source>&amp;Copy the report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="256"/>
        <location filename="../../../ui/importing/report.py" line="362"/>
        <source>Import cancelled: %1 of %2 files were processed.</source>
        <translation>Importation interrompue&#xa0;: %1 fichiers traités sur %2.</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="265"/>
        <source>The pieces could not be placed where they were dropped: %1</source>
        <translation>Les papiers n’ont pas pu être placés là où ils ont été déposés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="294"/>
        <source>read as %1</source>
        <translation>lu comme %1</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="313"/>
        <source>Why the file was refused</source>
        <translation>Pourquoi le fichier est refusé</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="316"/>
        <source>Nothing was written to the database for this file.</source>
        <translation>Rien n’a été écrit dans la base pour ce fichier.</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="321"/>
        <source>Already in the database</source>
        <translation>Déjà dans la base</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="325"/>
        <source>in the publication « %1 »</source>
        <translation>dans la publication «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="326"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="329"/>
        <source>Placed</source>
        <translation>Placé</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="331"/>
        <source>in No. %1, where the file was dropped</source>
        <translation>dans le N°%1, là où le fichier a été déposé</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="336"/>
        <source>Recognised</source>
        <translation>Reconnu</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="337"/>
        <source>Guessed (check these)</source>
        <translation>Deviné (à vérifier)</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="338"/>
        <source>Undetermined</source>
        <translation>Non déterminé</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="339"/>
        <source>Warnings</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="340"/>
        <source>Removed from the page</source>
        <translation>Retiré de la page</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="356"/>
        <source>Piece %1 placed in No. %2, where the file was dropped.</source>
        <translation>Papier %1 placé dans le N°%2, là où le fichier a été déposé.</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="370"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ImportReportModel</name>
    <message>
        <location filename="../../../ui/importing/report.py" line="76"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="77"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="78"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="85"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="86"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="87"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="88"/>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="89"/>
        <source>Issue</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="110"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/report.py" line="111"/>
        <source>Pool</source>
        <translation>Au marbre</translation>
    </message>
</context>
</TS>
