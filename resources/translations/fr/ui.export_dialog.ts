<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../../ui/export_dialog.py" line="104"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="105"/>
        <source>Export %1</source>
        <translation>Exporter le %1</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="112"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="117"/>
        <source>One &amp;.zip file instead of a folder</source>
        <translation>Un seul fichier &amp;.zip au lieu d’un dossier</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="119"/>
        <source>Include &amp;drafts (export despite the errors of the checklist)</source>
        <translation>Inclure les &amp;brouillons (exporter malgré les erreurs de la liste de contrôle)</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="122"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="140"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="144"/>
        <source>Check &amp;again</source>
        <translation>&amp;Revérifier</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="147"/>
        <location filename="../../../ui/export_dialog.py" line="349"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="157"/>
        <source>Checklist:</source>
        <translation>Liste de contrôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="180"/>
        <source>Export to folder</source>
        <translation>Exporter dans le dossier</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="197"/>
        <source>Nothing to report: the issue is ready.</source>
        <translation>Rien à signaler&#xa0;: le numéro est prêt.</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="200"/>
        <source>%1 errors, %2 warnings.</source>
        <translation>%1 erreur(s), %2 avertissement(s).</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="206"/>
        <source>Export is refused while there are errors, unless drafts are included.</source>
        <translation>L’export est refusé tant qu’il reste des erreurs, sauf en incluant les brouillons.</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="240"/>
        <source>%1 is a folder.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="243"/>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="251"/>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existe et n’est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="257"/>
        <source>The folder %1 is not empty. Replace the bundle exported there before?</source>
        <translation>Le dossier %1 n’est pas vide. Remplacer le dossier d’export qui s’y trouve&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="286"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="286"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="336"/>
        <source>The issue was exported: %1 pieces, %2 files.</source>
        <translation>Le numéro a été exporté&#xa0;: %1 papiers, %2 fichiers.</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="343"/>
        <source>%1 errors and %2 warnings are listed in checklist.txt.</source>
        <translation>%1 erreur(s) et %2 avertissement(s) sont notés dans checklist.txt.</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="348"/>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
</TS>
