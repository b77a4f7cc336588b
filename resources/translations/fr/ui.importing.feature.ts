<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Importer</name>
    <message>
        <location filename="../../../ui/importing/feature.py" line="55"/>
        <source>&amp;Import files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/feature.py" line="58"/>
        <source>Import web pages (.txt), Markdown or Word (.docx) files as pieces</source>
        <translation>Importer des pages web (.txt), des fichiers Markdown ou Word (.docx) comme papiers</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/feature.py" line="62"/>
        <source>Import a &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/feature.py" line="66"/>
        <source>Import every .txt, .md, .markdown and .docx file of a folder and its subfolders</source>
        <translation>Importer tous les fichiers .txt, .md, .markdown et .docx d’un dossier et de ses sous-dossiers</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/feature.py" line="83"/>
        <source>&amp;Import files here…</source>
        <translation>&amp;Importer des fichiers ici…</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/feature.py" line="103"/>
        <source>Import files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/feature.py" line="105"/>
        <source>Pieces (%1);;All files (*)</source>
        <translation>Papiers (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/feature.py" line="125"/>
        <source>Import a folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/feature.py" line="166"/>
        <location filename="../../../ui/importing/feature.py" line="183"/>
        <location filename="../../../ui/importing/feature.py" line="239"/>
        <location filename="../../../ui/importing/feature.py" line="253"/>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/feature.py" line="167"/>
        <source>An import is already running: wait for it to finish.</source>
        <translation>Une importation est déjà en cours&#xa0;: attendez qu’elle se termine.</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/feature.py" line="178"/>
        <source>Preparing the import…</source>
        <translation>Préparation de l’importation…</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/feature.py" line="179"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/feature.py" line="192"/>
        <source>Importing…</source>
        <translation>Importation en cours…</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/feature.py" line="216"/>
        <source>Importing %1
(file %2 of %3)</source>
        <translation>Importation de %1
(fichier %2 sur %3)</translation>
    </message>
    <message>
        <location filename="../../../ui/importing/feature.py" line="241"/>
        <source>No file to import: Workbench imports .txt, .md, .markdown and .docx files.</source>
        <translation>Aucun fichier à importer&#xa0;: Workbench importe les fichiers .txt, .md, .markdown et .docx.</translation>
    </message>
</context>
</TS>
