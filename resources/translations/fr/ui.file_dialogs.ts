<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>SafeFileDialog</name>
    <message>
        <location filename="../../../ui/file_dialogs.py" line="35"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../../ui/file_dialogs.py" line="38"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../../ui/file_dialogs.py" line="39"/>
        <source>%1 file</source>
        <translation>Fichier %1</translation>
    </message>
</context>
</TS>
