<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../../ui/export_dialog.py" line="107"/>
        <source>No. %1</source>
        <translation>N°%1</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="108"/>
        <source>Export %1</source>
        <translation>Exporter le %1</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="115"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="120"/>
        <source>One &amp;.zip file instead of a folder</source>
        <translation>Un seul fichier &amp;.zip au lieu d’un dossier</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="122"/>
        <source>Include &amp;drafts (export despite the errors of the checklist)</source>
        <translation>Inclure les &amp;brouillons (exporter malgré les erreurs de la liste de contrôle)</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="125"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="129"/>
        <source>With the newsroom&apos;s &amp;comments (a proofreading copy: Word comments)</source>
        <translation>Avec les &amp;commentaires de la rédaction (copie de relecture&#xa0;: commentaires Word)</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="131"/>
        <source>Comments never leave Workbench unless this is ticked.</source>
        <translation>Les commentaires ne sortent jamais de Workbench si cette case n’est pas cochée.</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="148"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="152"/>
        <source>Check &amp;again</source>
        <translation>&amp;Revérifier</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="155"/>
        <location filename="../../../ui/export_dialog.py" line="355"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="165"/>
        <source>Checklist:</source>
        <translation>Liste de contrôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="187"/>
        <source>Export to folder</source>
        <translation>Exporter dans le dossier</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="203"/>
        <source>Nothing to report: the issue is ready.</source>
        <translation>Rien à signaler&#xa0;: le numéro est prêt.</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="206"/>
        <source>%1 errors, %2 warnings.</source>
        <translation>%1 erreur(s), %2 avertissement(s).</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="212"/>
        <source>Export is refused while there are errors, unless drafts are included.</source>
        <translation>L’export est refusé tant qu’il reste des erreurs, sauf en incluant les brouillons.</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="246"/>
        <source>%1 is a folder.</source>
        <translation>%1 est un dossier.</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="249"/>
        <source>%1 exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="257"/>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existe et n’est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="263"/>
        <source>The folder %1 is not empty. Replace the bundle exported there before?</source>
        <translation>Le dossier %1 n’est pas vide. Remplacer le dossier d’export qui s’y trouve&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="292"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="292"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="342"/>
        <source>The issue was exported: %1 pieces, %2 files.</source>
        <translation>Le numéro a été exporté&#xa0;: %1 papiers, %2 fichiers.</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="349"/>
        <source>%1 errors and %2 warnings are listed in checklist.txt.</source>
        <translation>%1 erreur(s) et %2 avertissement(s) sont notés dans checklist.txt.</translation>
    </message>
    <message>
        <location filename="../../../ui/export_dialog.py" line="354"/>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
</context>
</TS>
